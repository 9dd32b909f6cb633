// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Graph.Storage;

/// <summary>
/// The graph store port: nodes, relations, entries and their provenance, typed by the ontology.
/// Every read filters by tenant; archived items are returned only where a method says so.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates the schema if needed and loads the ontology's seed entities.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>The stored version of a source, or null.</summary>
    Task<SourceRecord?> GetSourceAsync(string tenant, string sourceId, CancellationToken cancellationToken = default);

    /// <summary>Every source of the tenant.</summary>
    Task<IReadOnlyList<SourceRecord>> ListSourcesAsync(string tenant, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces, in one transaction, everything the source's previous version contributed with
    /// <paramref name="commit"/>. The source is left <see cref="SourceState.Pending"/> until
    /// <see cref="MarkCommittedAsync"/> records that the indexes hold it too.
    /// </summary>
    /// <exception cref="GraphSchemaException">A node or relation breaks the ontology.</exception>
    Task CommitSourceAsync(SourceCommit commit, CancellationToken cancellationToken = default);

    /// <summary>Records that every store holds the version <paramref name="contentHash"/> of the source.</summary>
    Task MarkCommittedAsync(
        string tenant,
        string sourceId,
        string contentHash,
        CancellationToken cancellationToken = default);

    /// <summary>Removes the source, its entries and relations, and nodes no other source supports.</summary>
    Task<bool> RemoveSourceAsync(string tenant, string sourceId, CancellationToken cancellationToken = default);

    /// <summary>The entries with the given ids, mentions included, in no particular order.</summary>
    Task<IReadOnlyList<KnowledgeEntry>> GetEntriesAsync(
        string tenant,
        IReadOnlyCollection<string> entryIds,
        bool includeArchived = false,
        CancellationToken cancellationToken = default);

    /// <summary>The entries cut from one source, in order.</summary>
    Task<IReadOnlyList<KnowledgeEntry>> GetSourceEntriesAsync(
        string tenant,
        string sourceId,
        CancellationToken cancellationToken = default);

    /// <summary>The nodes with the given ids, in no particular order.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(
        string tenant,
        IReadOnlyCollection<string> nodeIds,
        CancellationToken cancellationToken = default);

    /// <summary>Every node of one type, with its aliases.</summary>
    Task<IReadOnlyList<NodeWithAliases>> ListNodesAsync(
        string tenant,
        string type,
        CancellationToken cancellationToken = default);

    /// <summary>The relations that start or end at a node.</summary>
    Task<IReadOnlyList<GraphRelation>> GetRelationsAsync(
        string tenant,
        string nodeId,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The relations that start or end at any of <paramref name="nodeIds"/>, each once, in one read where the store
    /// can; by node id. The default asks <see cref="GetRelationsAsync(string, string, CancellationToken)"/> per node.
    /// </summary>
    async Task<IReadOnlyDictionary<string, IReadOnlyList<GraphRelation>>> GetRelationsAsync(
        string tenant,
        IReadOnlyCollection<string> nodeIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);

        var byNode = new Dictionary<string, IReadOnlyList<GraphRelation>>(StringComparer.Ordinal);
        foreach (var id in nodeIds.Distinct(StringComparer.Ordinal))
        {
            byNode[id] = await GetRelationsAsync(tenant, id, cancellationToken).ConfigureAwait(false);
        }

        return byNode;
    }

    /// <summary>How many sources, nodes, relations and entries the tenant has.</summary>
    Task<GraphCounts> CountAsync(string tenant, CancellationToken cancellationToken = default);

    /// <summary>
    /// Archives (<paramref name="archived"/> true) or restores entries; nothing else about them changes, and an archived
    /// entry keeps its flag when its source is committed again with the same entry.
    /// </summary>
    /// <returns>The ids among <paramref name="entryIds"/> that the tenant has (archived or not), in the order given.</returns>
    Task<IReadOnlyList<string>> SetArchivedAsync(
        string tenant,
        IReadOnlyCollection<string> entryIds,
        bool archived,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The entries that mention any of <paramref name="nodeIds"/> (as their subject or in their text), mentions
    /// included, in source and position order; archived entries are left out.
    /// </summary>
    Task<IReadOnlyList<KnowledgeEntry>> GetEntriesMentioningAsync(
        string tenant,
        IReadOnlyCollection<string> nodeIds,
        CancellationToken cancellationToken = default);
}
