// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;
using SalesCognition.Graph.Storage;

namespace SalesCognition.Graph.Tests.Storage;

/// <summary>
/// What every <see cref="IGraphStore"/> must do. A backend derives from this class and says how to open its store
/// over storage of its own for each test; every test starts from an empty, initialised store.
/// </summary>
public abstract partial class GraphStoreContractTests : IAsyncLifetime
{
    private IGraphStore? _store;

    /// <summary>The ontology the store must be opened with.</summary>
    protected static Ontology Ontology => GraphTestData.Ontology;

    /// <summary>Where the store must log (through a <see cref="FakeLogger{T}"/> over this collector).</summary>
    protected FakeLogCollector Logs { get; } = new();

    /// <summary>The clock the store must use.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero));

    /// <summary>The store under test, initialised.</summary>
    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is not open.");

    /// <summary>
    /// Opens a store over this test's storage, built with <see cref="Ontology"/>, <see cref="Time"/> and
    /// <see cref="Logs"/>, without initialising it. The first call of a test finds the storage empty; later calls
    /// (after <see cref="CloseStoreAsync"/>) must reach what earlier stores made durable.
    /// </summary>
    protected abstract Task<IGraphStore> OpenStoreAsync();

    /// <summary>Closes a store so that nothing of it stays in memory (connections, pools, caches).</summary>
    protected abstract Task CloseStoreAsync(IGraphStore store);

    public async Task InitializeAsync()
    {
        _store = await OpenStoreAsync();
        await _store.InitializeAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await CloseStoreAsync(_store);
            _store = null;
        }
    }

    /// <summary>Closes the store and opens (and initialises) a new one over the same storage.</summary>
    protected async Task ReopenAsync()
    {
        await CloseStoreAsync(Store);
        _store = null;

        _store = await OpenStoreAsync();
        await _store.InitializeAsync();
    }

    /// <summary>
    /// A text picture of everything a tenant can read: counts, sources with their entries and mentions, nodes of
    /// every type with aliases and properties, and their relations. Two equal snapshots mean nothing readable changed.
    /// </summary>
    protected async Task<string> SnapshotAsync(string tenant = TenantIds.Default)
    {
        var lines = new List<string> { (await Store.CountAsync(tenant)).ToString() };

        foreach (var source in await Store.ListSourcesAsync(tenant))
        {
            lines.Add($"source {source.SourceId} {source.ContentHash} {source.State} {source.Uri} {source.Title}");
            foreach (var entry in await Store.GetSourceEntriesAsync(tenant, source.SourceId))
            {
                lines.Add($"  entry {Describe(entry)}");
            }
        }

        var relations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in Ontology.NodeTypes.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var (node, aliases) in await Store.ListNodesAsync(tenant, type))
            {
                lines.Add($"node {node.Id} {node.Type} {node.Key} {node.Name} {node.Archived} " +
                    $"[{string.Join(',', node.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))}] " +
                    $"[{string.Join(',', aliases.Order(StringComparer.Ordinal))}]");
                foreach (var relation in await Store.GetRelationsAsync(tenant, node.Id))
                {
                    relations.Add($"relation {relation.Type} {relation.FromId} {relation.ToId} {relation.SourceId}");
                }
            }
        }

        lines.AddRange(relations);
        return string.Join('\n', lines);
    }

    /// <summary>The readable fields of an entry, mentions included, as one line.</summary>
    protected static string Describe(KnowledgeEntry entry) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{entry.Id}|{entry.SourceId}|{entry.Kind}|{entry.Title}|{string.Join('/', entry.HeadingPath)}|{entry.Text}|" +
            $"{entry.Ordinal}|{entry.Locator}|{entry.ContentHash}|{entry.Ownership}|{entry.Archived}|" +
            $"{string.Join(',', entry.Mentions.Select(m => m.NodeId + "=" + m.Surface).Order(StringComparer.Ordinal))}");
}
