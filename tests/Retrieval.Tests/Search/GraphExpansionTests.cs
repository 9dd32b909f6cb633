// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging.Abstractions;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;
using SalesCognition.Graph.Storage.Sqlite;
using SalesCognition.Retrieval.Search;
using SalesCognition.Retrieval.Search.Internal;
using SalesCognition.Testing;

namespace SalesCognition.Retrieval.Tests.Search;

public sealed class GraphExpansionTests : IAsyncLifetime, IDisposable
{
    private const string Source = "/docs/expansion.md";
    private readonly TempDirectory _folder = new();
    private SqliteGraphStore? _graph;

    public async Task InitializeAsync()
    {
        _graph = new SqliteGraphStore(
            _folder.Combine("graph.db"),
            OntologyLoader.Load(RepositoryPaths.Ontologies),
            TimeProvider.System,
            NullLogger<SqliteGraphStore>.Instance);
        await _graph.InitializeAsync();
        var source = new SourceRecord(Source, Source, "docs", "hash", SourceState.Pending, DateTimeOffset.UnixEpoch);
        await _graph.CommitSourceAsync(new SourceCommit
        {
            Source = source,
            Entries =
            [
                Entry("e1", "feature:audit-logs"),
                Entry("e2", "feature:audit-logs"),
                Entry("e3", "feature:alerting"),
            ],
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _graph?.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task ApplyAsync_EntryNeitherLegFound_JoinsThroughTheTopHitsEntity()
    {
        List<(string Id, ScoreBreakdown Score)> fused = [("e1", new ScoreBreakdown(1, 5.0, null, null, 0.5) { FusedBeforeGraph = 0.5 })];

        var ranked = await GraphExpansion.ApplyAsync(
            _graph!,
            TenantIds.Default,
            fused,
            new RetrievalOptions(),
            CancellationToken.None);

        Assert.Equal(["e1", "e2"], ranked.Select(r => r.Id));
        var joined = ranked[1].Score;
        Assert.Null(joined.Bm25Rank);
        Assert.Null(joined.VectorRank);
        Assert.Equal(1.0, joined.GraphProximity);
        Assert.Equal(new RetrievalOptions().GraphProximityWeight * 0.5, joined.Fused, 9);
    }

    [Fact]
    public async Task ApplyAsync_GraphTurnedOff_LeavesTheCandidatesAlone()
    {
        List<(string Id, ScoreBreakdown Score)> fused = [("e1", new ScoreBreakdown(1, 5.0, null, null, 0.5) { FusedBeforeGraph = 0.5 })];

        var ranked = await GraphExpansion.ApplyAsync(
            _graph!,
            TenantIds.Default,
            fused,
            new RetrievalOptions { GraphSeedHits = 0 },
            CancellationToken.None);

        Assert.Equal(["e1"], ranked.Select(r => r.Id));
    }

    private static KnowledgeEntry Entry(string id, string mention) => new()
    {
        Id = id,
        SourceId = Source,
        Kind = "section",
        Title = "Guide",
        Text = "text of " + id,
        Locator = SourceLocator.Range(0, 10),
        ContentHash = "h-" + id,
        Mentions = [new EntityMention(mention, "name")],
    };
}
