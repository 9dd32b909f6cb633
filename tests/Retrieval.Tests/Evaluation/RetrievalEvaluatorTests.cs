// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using Microsoft.Extensions.AI;
using SalesCognition.Retrieval.Evaluation;
using SalesCognition.Retrieval.Search;
using SalesCognition.Testing;

namespace SalesCognition.Retrieval.Tests.Evaluation;

public sealed class RetrievalEvaluatorTests : IDisposable
{
    private const int Documents = 40;
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_StoppedWhileEmbedding_KeepsTheStoredSlicesForTheNextRun()
    {
        var set = WriteSet();
        using var inner = new HashingEmbeddingGenerator();
        using var stop = new CancellationTokenSource();
        var stopping = new RecordingEmbeddings(inner, stopAtCall: 3, stop);
        var first = new RetrievalEvaluator(stopping, new RetrievalOptions()) { StoreSlice = 8 };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => first.RunAsync(set, _folder.Combine("work1"), _folder.Combine("cache"), cancellationToken: stop.Token));
        var recording = new RecordingEmbeddings(inner, stopAtCall: int.MaxValue, stop: null);
        var second = new RetrievalEvaluator(recording, new RetrievalOptions()) { StoreSlice = 8 };
        var report = await second.RunAsync(set, _folder.Combine("work2"), _folder.Combine("cache"));

        // Two slices of eight were stored before the third call stopped the run: only the other 24 are embedded again.
        Assert.Equal(16, stopping.Texts.Count);
        Assert.Empty(recording.Texts.Intersect(stopping.Texts, StringComparer.Ordinal));
        Assert.Equal(Documents - 16, recording.Texts.Count(t => t.StartsWith("Title", StringComparison.Ordinal)));
        Assert.Equal(Documents, report.Queries);
        Assert.Equal(1.0, report.Bm25.RecallAt100);
    }

    private BeirDataset WriteSet()
    {
        var corpus = Enumerable.Range(0, Documents).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"_id":"d{{i}}","title":"Title {{i}}","text":"word{{i}} appears in document {{i}} only"}"""));
        var queries = Enumerable.Range(0, Documents).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"_id":"q{{i}}","text":"word{{i}}"}"""));
        var qrels = Enumerable.Range(0, Documents).Select(i => string.Create(CultureInfo.InvariantCulture, $"q{i}\td{i}\t1"));
        _folder.Write("set/corpus.jsonl", string.Join('\n', corpus) + "\n");
        _folder.Write("set/queries.jsonl", string.Join('\n', queries) + "\n");
        _folder.Write("set/qrels/dev.tsv", "query-id\tcorpus-id\tscore\n" + string.Join('\n', qrels) + "\n");
        return BeirDataset.Load(_folder.Combine("set"));
    }

    /// <summary>Records the texts it embeds; cancels <c>stop</c> and throws on call number <c>stopAtCall</c>.</summary>
    private sealed class RecordingEmbeddings(
        HashingEmbeddingGenerator inner,
        int stopAtCall,
        CancellationTokenSource? stop) : IEmbeddingGenerator<string, Embedding<float>>
    {
        private int _calls;

        public List<string> Texts { get; } = [];

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values,
            EmbeddingGenerationOptions? options = null,
            CancellationToken cancellationToken = default)
        {
            if (++_calls == stopAtCall)
            {
                stop!.Cancel();
                cancellationToken.ThrowIfCancellationRequested();
            }

            var list = values.ToList();
            Texts.AddRange(list);
            return inner.GenerateAsync(list, options, cancellationToken);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

        public void Dispose()
        {
        }
    }
}
