// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Markdown;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Ingestion.Pipeline.Internal;
using SalesCognition.Retrieval.Embeddings;
using SalesCognition.Retrieval.Search;
using SalesCognition.Testing;

namespace SalesCognition.Ingestion.Tests.Pipeline;

public sealed class TokenVectorWarmerTests
{
    private const string Guide = """
        # Gateway guide

        ## Audit logging

        The gateway writes an audit log of every login.

        ## Snapshots

        Snapshots back up the indexes every night.
        """;

    [Fact]
    public async Task Ingest_WithReRankingOn_KeepsTheTokenVectorsOfEveryEntryUnderTheTextSearchReRanks()
    {
        using var tokens = new HashingEmbeddingGenerator(tokens: true);
        using var fixture = await PipelineFixture.CreateAsync(tokens);
        using var cache = await TokenVectorCache.OpenAsync(fixture.Folder.Combine("data", "token-vectors.db"), "test-hashing", 1 << 24);
        var pipeline = Pipeline(fixture, tokens, cache, new RetrievalOptions { RerankDepth = 30 });
        var path = fixture.Folder.Write("docs/guide.md", Guide);

        var report = await pipeline.IngestAsync([path]);

        Assert.Equal(1, report.Added);
        var entries = await fixture.Graph.GetSourceEntriesAsync(TenantIds.Default, SourceIdentity.OfPath(path));
        Assert.True(entries.Count >= 2, $"{entries.Count} entries");
        Assert.True(cache.Bytes > 0);
        // One model run per entry text gave its vector and its token vectors; the warmer found nothing left to make.
        Assert.Equal(entries.Select(EntryText.Of).Order(), tokens.CombinedTexts.Order());
        Assert.Equal(tokens.CombinedTexts, tokens.TokenTexts);
        // Search re-ranks EntryText.Of(entry): every such text is kept already, so nothing is left to make.
        Assert.Equal(0, await cache.WarmAsync(tokens, [.. entries.Select(EntryText.Of)], 8));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(30, false)]
    public async Task Ingest_WithReRankingOffOrPrecomputingOff_KeepsNothing(int depth, bool precompute)
    {
        using var tokens = new HashingEmbeddingGenerator(tokens: true);
        using var fixture = await PipelineFixture.CreateAsync(tokens);
        using var cache = await TokenVectorCache.OpenAsync(fixture.Folder.Combine("data", "token-vectors.db"), "test-hashing", 1 << 24);
        var pipeline = Pipeline(fixture, tokens, cache, new RetrievalOptions { RerankDepth = depth, PrecomputeTokenVectors = precompute });

        var report = await pipeline.IngestAsync([fixture.Folder.Write("docs/guide.md", Guide)]);

        Assert.Equal(1, report.Added);
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public async Task Ingest_ModelWithoutTokenVectors_KeepsNothingAndStillStoresTheSource()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        using var cache = await TokenVectorCache.OpenAsync(fixture.Folder.Combine("data", "token-vectors.db"), "test-hashing", 1 << 24);
        var pipeline = Pipeline(fixture, fixture.Embeddings, cache, new RetrievalOptions { RerankDepth = 30 });

        var report = await pipeline.IngestAsync([fixture.Folder.Write("docs/guide.md", Guide)]);

        Assert.Equal(1, report.Added);
        Assert.Equal(0, cache.Bytes);
    }

    private static IngestionPipeline Pipeline(
        PipelineFixture fixture,
        HashingEmbeddingGenerator embeddings,
        TokenVectorCache cache,
        RetrievalOptions retrieval)
    {
        var ingestion = Options.Create(new IngestionOptions());
        var warmer = new TokenVectorWarmer(embeddings, cache, Options.Create(retrieval), ingestion, NullLogger<TokenVectorWarmer>.Instance);
        return new IngestionPipeline(
            fixture.Graph,
            fixture.Text,
            fixture.Vectors,
            embeddings,
            [new MarkdownReader()],
            ingestion,
            NullLogger<IngestionPipeline>.Instance,
            [warmer],
            warmer);
    }
}
