// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Ingestion.Reindexing;
using SalesCognition.Ingestion.Tests.Pipeline;
using SalesCognition.Retrieval.Vectors;
using SalesCognition.Testing;

namespace SalesCognition.Ingestion.Tests.Reindexing;

public sealed class VectorReindexerTests
{
    private const string Tenant = TenantIds.Default;

    [Fact]
    public async Task ReindexAsync_AfterSwitchingModels_LeavesAUsableIndexOfTheNewModelWithEveryEntry()
    {
        using var fixture = await IngestedFixtureAsync();
        var archived = (await fixture.Graph.GetSourceEntriesAsync(
            Tenant,
            (await fixture.Graph.ListSourcesAsync(Tenant))[0].SourceId))[0].Id;
        await fixture.Graph.SetArchivedAsync(Tenant, [archived], archived: true);
        fixture.Vectors.Dispose();
        var modelB = new HashingEmbeddingGenerator("b", 64);
        var path = fixture.Folder.Combine("data", "vectors.db");
        var refused = await Assert.ThrowsAsync<VectorSpaceMismatchException>(() => EmbeddedVectorIndex.OpenAsync(
            path,
            new VectorSpace("b", 64)));
        var reindexer = Reindexer(fixture, modelB);
        var progress = new List<ReindexProgress>();

        var report = await reindexer.ReindexAsync(new InlineProgress(progress.Add));

        Assert.Contains("'test-hashing'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("'b'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("`reindex`", refused.Message, StringComparison.Ordinal);
        Assert.Equal(new VectorSpace("test-hashing", 64), report.Previous);
        Assert.Equal(new VectorSpace("b", 64), report.Space);
        await Assert.ThrowsAsync<VectorSpaceMismatchException>(() => EmbeddedVectorIndex.OpenAsync(
            path,
            new VectorSpace("test-hashing", 64)));
        using var rebuilt = await EmbeddedVectorIndex.OpenAsync(path, new VectorSpace("b", 64));
        var sources = await fixture.Graph.ListSourcesAsync(Tenant);
        var counts = await rebuilt.CountBySourceAsync(Tenant);
        Assert.Equal(sources.Count, counts.Count);
        var graphIds = new List<string>();
        foreach (var source in sources)
        {
            var entries = await fixture.Graph.GetSourceEntriesAsync(Tenant, source.SourceId);
            Assert.Equal(entries.Count, counts[source.SourceId]);
            graphIds.AddRange(entries.Select(e => e.Id));
        }

        Assert.Contains(archived, graphIds);
        Assert.Equal(graphIds.Count, report.Entries);
        var query = (await modelB.GenerateAsync(["Beta gateway TLS"]))[0].Vector;
        var hits = await rebuilt.SearchAsync(Tenant, query, graphIds.Count + 5);
        Assert.Equal(graphIds.Order(StringComparer.Ordinal), hits.Select(h => h.EntryId).Order(StringComparer.Ordinal));
        Assert.Equal(sources.Count, progress.Count);
        Assert.Equal(sources.Count, progress[^1].SourcesDone);
        Assert.False(File.Exists(reindexer.StagingPath));
        Assert.False(File.Exists(reindexer.BackupPath));
    }

    [Fact]
    public async Task ReindexAsync_CancelledMidway_LeavesTheOldIndexIntact()
    {
        using var fixture = await IngestedFixtureAsync();
        var before = await fixture.Vectors.CountBySourceAsync(Tenant);
        var probe = (await fixture.Embeddings.GenerateAsync(["Alpha text"]))[0].Vector;
        var hitsBefore = await fixture.Vectors.SearchAsync(Tenant, probe, 10);
        fixture.Vectors.Dispose();
        using var cancellation = new CancellationTokenSource();
        var cancelling = new CancellingGenerator(new HashingEmbeddingGenerator("b", 64), cancellation, afterCalls: 2);
        var reindexer = Reindexer(fixture, cancelling);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reindexer.ReindexAsync(cancellationToken: cancellation.Token));

        Assert.Equal(2, cancelling.Calls);
        Assert.False(File.Exists(reindexer.StagingPath));
        var path = fixture.Folder.Combine("data", "vectors.db");
        await Assert.ThrowsAsync<VectorSpaceMismatchException>(() => EmbeddedVectorIndex.OpenAsync(
            path,
            new VectorSpace("b", 64)));
        using var old = await EmbeddedVectorIndex.OpenAsync(path, new VectorSpace("test-hashing", 64));
        Assert.Equal(before, await old.CountBySourceAsync(Tenant));
        Assert.Equal(
            hitsBefore.Select(h => h.EntryId),
            (await old.SearchAsync(Tenant, probe, 10)).Select(h => h.EntryId));
    }

    [Fact]
    public async Task ReindexAsync_IndexReadInAnotherConnection_FailsAndLeavesTheOldIndexIntact()
    {
        using var fixture = await IngestedFixtureAsync();
        var before = await fixture.Vectors.CountBySourceAsync(Tenant);
        fixture.Vectors.Dispose();
        var path = fixture.Folder.Combine("data", "vectors.db");
        var reindexer = Reindexer(fixture, new HashingEmbeddingGenerator("b", 64));
        IOException error;
        using (var server = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            server.Open();
            using var reading = server.BeginTransaction();
            using var read = server.CreateCommand();
            read.Transaction = reading;
            read.CommandText = "SELECT count(*) FROM entries";
            read.ExecuteScalar();

            error = await Assert.ThrowsAsync<IOException>(() => reindexer.ReindexAsync());
        }

        Assert.Contains("in use by another process", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(reindexer.StagingPath));
        using var old = await EmbeddedVectorIndex.OpenAsync(path, new VectorSpace("test-hashing", 64));
        Assert.Equal(before, await old.CountBySourceAsync(Tenant));
    }

    private static async Task<PipelineFixture> IngestedFixtureAsync()
    {
        var fixture = await PipelineFixture.CreateAsync();
        var files = new[]
        {
            fixture.Folder.Write(
                "docs/a.md",
                "# Alpha\n\nAlpha text about the gateway.\n\n## Setup\n\nInstall the Alpha agent.\n"),
            fixture.Folder.Write("docs/b.md", "# Beta\n\nBeta gateway supports TLS1.3.\n"),
            fixture.Folder.Write("docs/c.md", "# 网关\n\n网关支持TLS1.3协议。\n\n## 部署\n\nK8s集群部署指南。\n"),
        };
        var report = await fixture.Pipeline.IngestAsync(files);
        Assert.Empty(report.Failed);
        return fixture;
    }

    private static VectorReindexer Reindexer(PipelineFixture fixture, IEmbeddingGenerator<string, Embedding<float>> embeddings) =>
        new(
            fixture.Graph,
            embeddings,
            Options.Create(new GraphStoreOptions { DataDirectory = fixture.Folder.Combine("data") }),
            Options.Create(new IngestionOptions()),
            NullLogger<VectorReindexer>.Instance);

    private sealed class InlineProgress(Action<ReindexProgress> report) : IProgress<ReindexProgress>
    {
        public void Report(ReindexProgress value) => report(value);
    }

    /// <summary>Cancels the reindex while its <paramref name="afterCalls"/>-th batch is being embedded.</summary>
    private sealed class CancellingGenerator(
        IEmbeddingGenerator<string, Embedding<float>> inner,
        CancellationTokenSource cancellation,
        int afterCalls) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public int Calls { get; private set; }

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values,
            EmbeddingGenerationOptions? options = null,
            CancellationToken cancellationToken = default)
        {
            if (++Calls == afterCalls)
            {
                cancellation.Cancel();
            }

            return inner.GenerateAsync(values, options, cancellationToken);
        }

        public object? GetService(
            Type serviceType,
            object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

        public void Dispose() => inner.Dispose();
    }
}
