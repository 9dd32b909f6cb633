// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;
using SalesCognition.Graph.Storage.Sqlite;
using SalesCognition.Retrieval.Embeddings;
using SalesCognition.Retrieval.Search;
using SalesCognition.Retrieval.Text;
using SalesCognition.Retrieval.Vectors;
using SalesCognition.Testing;

namespace SalesCognition.Retrieval.Tests.Search;

public sealed class HybridSearcherTests : IAsyncLifetime, IDisposable
{
    private const string Source = "/docs/gateway.md";
    private readonly TempDirectory _folder = new();
    private readonly HashingEmbeddingGenerator _embeddings = new();
    private SqliteGraphStore? _graph;
    private LuceneTextIndex? _text;
    private EmbeddedVectorIndex? _vectors;
    private HybridSearcher? _searcher;

    public async Task InitializeAsync()
    {
        _graph = new SqliteGraphStore(
            _folder.Combine("graph.db"),
            OntologyLoader.Load(RepositoryPaths.Ontologies),
            TimeProvider.System,
            NullLogger<SqliteGraphStore>.Instance);
        await _graph.InitializeAsync();
        _text = new LuceneTextIndex(_folder.Combine("text"));
        _vectors = await EmbeddedVectorIndex.OpenAsync(
            _folder.Combine("vectors.db"),
            new VectorSpace("test-hashing", 64));
        _searcher = new HybridSearcher(
            _graph,
            _text,
            _vectors,
            _embeddings,
            Options.Create(new RetrievalOptions { Fusion = FusionMethods.ReciprocalRank }),
            NullLogger<HybridSearcher>.Instance);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _text?.Dispose();
        _vectors?.Dispose();
        _graph?.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task SearchAsync_MatchingEntry_ComesFirstWithLineageAndEntities()
    {
        await IndexAsync(
            Entry("e1", "Audit logging", "The gateway writes an audit log of every login.", "feature:audit-logs"),
            Entry("e2", "Snapshots", "Snapshots back up indexes every night."),
            Entry("e3", "Alerting", "Alert rules notify the on-call engineer."));

        var response = await _searcher!.SearchAsync(new SearchRequest("audit log of logins", 3));

        var first = response.Hits[0];
        Assert.Equal("e1", first.Id);
        Assert.Equal(Source, first.Source);
        Assert.Equal("Guide > Audit logging", first.Section);
        Assert.Equal(1, first.Components.Bm25Rank);
        Assert.NotNull(first.Components.VectorRank);
        Assert.Equal(
            (1.0 / (60 + 1)) + (1.0 / (60 + first.Components.VectorRank!.Value)),
            first.Components.FusedBeforeGraph,
            9);
        Assert.Equal(first.Components.Fused, first.Score);
        Assert.Contains(
            first.Entities,
            e => e.Id == "feature:audit-logs" && e.Type == "Feature" && e.Name == "Audit logs");
        Assert.Equal("chars 0-10", first.Locator);
        Assert.Equal(60, response.RrfK);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    public async Task SearchAsync_RerankDepth_ReRanksThatManyTopHitsAndShowsTheirLateInteractionScore(int depth)
    {
        await IndexAsync(
            Entry("e1", "Audit logging", "The gateway writes an audit log of every login."),
            Entry("e2", "Audit reports", "Monthly audit reports for the compliance team."),
            Entry("e3", "Login", "Single sign-on login for every user."),
            Entry("e4", "Snapshots", "Snapshots back up indexes every night."));
        using var tokens = new HashingEmbeddingGenerator(tokens: true);
        var searcher = TokenSearcher(tokens, depth);

        var response = await searcher.SearchAsync(new SearchRequest("audit log of every login", 4));

        var reranked = response.Hits.Where(h => h.Components.RerankScore is not null).ToList();
        Assert.Equal(Math.Min(depth, response.Hits.Count), reranked.Count);
        Assert.Equal(response.Hits.Take(reranked.Count).Select(h => h.Id), reranked.Select(h => h.Id));
        Assert.Equal(response.Hits.Select(h => h.Score).OrderDescending(), response.Hits.Select(h => h.Score));
        if (depth > 0)
        {
            // e1 holds every query word: the best late-interaction score and the largest bonus.
            Assert.Equal("e1", response.Hits[0].Id);
            Assert.Equal(reranked.Max(h => h.Components.RerankScore), response.Hits[0].Components.RerankScore);
            Assert.All(reranked, h => Assert.True(h.Components.Fused >= h.Components.FusedBeforeRerank));
        }
    }

    [Fact]
    public async Task SearchAsync_RequestRerankDepth_OverridesTheConfiguredDepthAndIsChecked()
    {
        await IndexAsync(
            Entry("e1", "Audit logging", "The gateway writes an audit log of every login."),
            Entry("e2", "Audit reports", "Monthly audit reports for the compliance team."),
            Entry("e3", "Login", "Single sign-on login for every user."));
        using var tokens = new HashingEmbeddingGenerator(tokens: true);
        var searcher = TokenSearcher(tokens, depth: 0);

        var asked = await searcher.SearchAsync(new SearchRequest("audit log of every login", 3) { RerankDepth = 2 });
        var configured = await searcher.SearchAsync(new SearchRequest("audit log of every login", 3));

        Assert.Equal(2, asked.Hits.Count(h => h.Components.RerankScore is not null));
        Assert.All(configured.Hits, h => Assert.Null(h.Components.RerankScore));
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => searcher.SearchAsync(new SearchRequest("audit", 3) { RerankDepth = 101 }));
        Assert.Contains("RerankDepth must be between 0 (off) and 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_WithATokenCache_KeepsTheHitsVectorsUnderTheTextIngestionWarms()
    {
        var entries = new[]
        {
            Entry("e1", "Audit logging", "The gateway writes an audit log of every login."),
            Entry("e2", "Audit reports", "Monthly audit reports for the compliance team."),
            Entry("e3", "Login", "Single sign-on login for every user."),
        };
        await IndexAsync(entries);
        using var tokens = new HashingEmbeddingGenerator(tokens: true);
        using var folder = new TempDirectory();
        using var cache = await TokenVectorCache.OpenAsync(folder.Combine("tokens.db"), "test-hashing", 1 << 24);
        var searcher = new HybridSearcher(
            _graph!,
            _text!,
            _vectors!,
            tokens,
            Options.Create(new RetrievalOptions { RerankDepth = 3, GraphSeedHits = 0 }),
            NullLogger<HybridSearcher>.Instance,
            tokenCache: cache);
        var uncached = await TokenSearcher(tokens, depth: 3).SearchAsync(new SearchRequest("audit log of every login", 3));

        var response = await searcher.SearchAsync(new SearchRequest("audit log of every login", 3));

        Assert.Equal(uncached.Hits.Select(h => h.Id), response.Hits.Select(h => h.Id));
        Assert.Equal(3, response.Hits.Count(h => h.Components.RerankScore is not null));
        Assert.Equal(0, await cache.WarmAsync(tokens, [.. entries.Select(EntryText.Of)], 8));
    }

    [Fact]
    public async Task SearchAsync_ArchivedEntry_NeverAppears()
    {
        await IndexAsync(
            Entry("e1", "Audit logging", "audit log audit log", archived: true),
            Entry("e2", "More audit", "an audit log too"));

        var response = await _searcher!.SearchAsync(new SearchRequest("audit log", 5));

        Assert.Equal(["e2"], response.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task SearchAsync_ChineseQuery_SkipsVectorLegAndSaysSo()
    {
        await IndexAsync(
            Entry("e1", "审计", "网关记录每一次登录的审计日志"),
            Entry("e2", "快照", "每晚备份索引快照"));

        var response = await _searcher!.SearchAsync(new SearchRequest("审计日志", 2));

        var first = response.Hits[0];
        Assert.Equal("e1", first.Id);
        Assert.Equal(0, first.Components.VectorWeight);
        Assert.Null(first.Components.VectorRank);
        Assert.Contains("skipped", first.Components.VectorNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_EnglishQuery_CountsVectorLegInFull()
    {
        await IndexAsync(Entry("e1", "Audit logging", "The gateway writes an audit log of every login."));

        var response = await _searcher!.SearchAsync(new SearchRequest("audit log", 1));

        Assert.Equal(1, response.Hits[0].Components.VectorWeight);
        Assert.Null(response.Hits[0].Components.VectorNote);
        Assert.NotNull(response.Hits[0].Components.VectorRank);
    }

    [Fact]
    public async Task SearchAsync_EntryWithPassages_BlendsItsBestPassageIntoTheVectorScore()
    {
        var entry = Entry(
            "e1",
            "Gateway",
            "Snapshots back up every index each night. The gateway writes an audit log of every login.");
        await IndexAsync(entry);
        var embedded = await VectorEntryEmbedder.EmbedAsync(
            _embeddings,
            _vectors!,
            [new EmbeddingInput(entry.Id, entry.ContentHash, entry.Text, entry.Text)],
            batchSize: 8);
        await _vectors!.ReplaceSourceAsync(TenantIds.Default, Source, embedded.Entries);

        var response = await _searcher!.SearchAsync(
            new SearchRequest("The gateway writes an audit log of every login.", 1));

        var components = response.Hits[0].Components;
        Assert.Equal(2, embedded.Entries[0].Passages.Count);
        Assert.Equal(1.0, components.VectorPassageScore!.Value, 3);
        var whole = (await _vectors.SearchAsync(
            TenantIds.Default,
            (await _embeddings.GenerateAsync(["The gateway writes an audit log of every login."]))[0].Vector,
            1))[0].Score;
        Assert.True(whole < 0.99, $"the whole text alone scores {whole}");
        Assert.Equal((0.65 * whole) + 0.35, components.VectorScore!.Value, 3);
    }

    [Fact]
    public async Task SearchAsync_HitMentioningTopHitsEntity_GainsGraphProximity()
    {
        await IndexAsync(
            Entry("e1", "Audit logging", "audit log audit log of every login", "feature:audit-logs"),
            Entry("e2", "Retention", "the audit trail is kept for a year", "feature:audit-logs"),
            Entry("e3", "Alerting", "the audit rules notify the on-call engineer"));

        var response = await _searcher!.SearchAsync(new SearchRequest("audit", 3));

        var byId = response.Hits.ToDictionary(h => h.Id);
        Assert.Equal(1, byId["e2"].Components.GraphProximity);
        Assert.Equal(0, byId["e3"].Components.GraphProximity);
        double top = response.Hits.Max(h => h.Components.FusedBeforeGraph);
        Assert.Equal(byId["e2"].Components.FusedBeforeGraph + (0.05 * top), byId["e2"].Score, 12);
        Assert.Equal(byId["e3"].Components.FusedBeforeGraph, byId["e3"].Score, 12);
    }

    [Fact]
    public async Task SearchAsync_MinMaxFusion_ReportsMethodAndNormalisedScore()
    {
        var options = new RetrievalOptions { Fusion = FusionMethods.MinMax, GraphSeedHits = 0 };
        var searcher = new HybridSearcher(
            _graph!,
            _text!,
            _vectors!,
            _embeddings,
            Options.Create(options),
            NullLogger<HybridSearcher>.Instance);
        await IndexAsync(
            Entry("e1", "Audit logging", "audit log audit log"),
            Entry("e2", "Alerting", "alert rules and one audit"));

        var response = await searcher.SearchAsync(new SearchRequest("audit log", 2));

        Assert.All(response.Hits, h => Assert.Equal(FusionMethods.MinMax, h.Components.Fusion));
        Assert.InRange(response.Hits[0].Score, 1.0, 2.0);
        Assert.Null(response.Hits[0].Components.GraphProximity);
    }

    [Theory]
    [InlineData("", 5)]
    [InlineData("   ", 5)]
    [InlineData("audit", 0)]
    [InlineData("audit", 101)]
    public async Task SearchAsync_BadRequest_Throws(string query, int top)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _searcher!.SearchAsync(new SearchRequest(query, top)));
    }

    private async Task IndexAsync(params KnowledgeEntry[] entries)
    {
        var source = new SourceRecord(Source, Source, "docs", "hash", SourceState.Pending, DateTimeOffset.UnixEpoch);
        await _graph!.CommitSourceAsync(new SourceCommit { Source = source, Entries = entries });
        await _text!.ReplaceSourceAsync(
            TenantIds.Default,
            Source,
            [.. entries.Select(e => new TextDocument(e.Id, TenantIds.Default, Source, e.Kind, e.Title, e.Text))]);
        var vectors = await _embeddings.GenerateAsync(entries.Select(e => e.Text));
        await _vectors!.ReplaceSourceAsync(
            TenantIds.Default,
            Source,
            [.. entries.Select((e, i) => new VectorEntry(e.Id, e.ContentHash, vectors[i].Vector))]);
    }

    private static KnowledgeEntry Entry(string id, string heading, string text, string? mention = null, bool archived = false) => new()
    {
        Id = id,
        SourceId = Source,
        Kind = "section",
        Title = "Guide",
        HeadingPath = ["Guide", heading],
        Text = text,
        Locator = SourceLocator.Range(0, 10),
        ContentHash = "h-" + id,
        Archived = archived,
        Mentions = mention is null ? [] : [new EntityMention(mention, "audit log")],
    };

    /// <summary>A searcher whose model gives token vectors, with re-ranking depth <paramref name="depth"/>.</summary>
    private HybridSearcher TokenSearcher(HashingEmbeddingGenerator tokens, int depth) => new(
        _graph!,
        _text!,
        _vectors!,
        tokens,
        Options.Create(new RetrievalOptions { RerankDepth = depth, GraphSeedHits = 0 }),
        NullLogger<HybridSearcher>.Instance);
}
