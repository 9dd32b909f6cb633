// Copyright (c) SalesCognition. All rights reserved.

using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using SalesCognition.Retrieval.Benchmarks;
using SalesCognition.Retrieval.Embeddings;
using SalesCognition.Retrieval.Search;
using SalesCognition.Retrieval.Search.Internal;
using SalesCognition.Retrieval.Text;
using SalesCognition.Retrieval.Vectors;

namespace SalesCognition.Retrieval.Evaluation;

/// <summary>
/// Scores the retrieval modes on a BEIR set: indexes the corpus into a throw-away folder (text index and vectors),
/// runs every judged query through BM25, the vector leg and their fusion, and averages the metrics.
/// </summary>
/// <remarks>
/// The legs are the production ones (<see cref="LuceneTextIndex"/>, <see cref="EmbeddedVectorIndex"/>) and hybrid
/// fuses them with the code and options <see cref="HybridSearcher"/> uses, minus graph expansion (a BEIR corpus has
/// no graph). Embeddings are cached by content hash in the vectors file, so pointing several runs at one cache
/// folder embeds the corpus once.
/// </remarks>
public sealed class RetrievalEvaluator
{
    /// <summary>How many results each mode returns per query (the depth of Recall@100).</summary>
    public const int Depth = 100;

    private const string Tenant = "eval";
    private const string QueryTenant = "eval-queries";
    private const int EmbeddingBatch = 64;

    private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;
    private readonly RetrievalOptions _options;
    private readonly TextAnalysis _analysis;

    /// <summary>Creates the evaluator.</summary>
    /// <param name="embeddings">The embedding model of the vector leg.</param>
    /// <param name="options">Fusion settings, as hybrid search would use them.</param>
    /// <param name="analysis">The text analysis of the BM25 leg.</param>
    public RetrievalEvaluator(
        IEmbeddingGenerator<string, Embedding<float>> embeddings,
        RetrievalOptions options,
        TextAnalysis analysis = TextAnalysis.Default)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(options);

        _embeddings = embeddings;
        _options = options;
        _analysis = analysis;
    }

    /// <summary>How many entries are embedded before they are written to the vectors file (and so kept if stopped).</summary>
    internal int StoreSlice { get; init; } = 64;

    /// <summary>
    /// Indexes <paramref name="dataset"/> under <paramref name="workDirectory"/> and scores every mode.
    /// </summary>
    /// <param name="dataset">The set.</param>
    /// <param name="workDirectory">An empty throw-away folder; the caller deletes it.</param>
    /// <param name="cacheDirectory">Where the vectors file lives; the work folder when null.</param>
    /// <param name="progress">Receives progress lines.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<EvaluationReport> RunAsync(
        BeirDataset dataset,
        string workDirectory,
        string? cacheDirectory = null,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrWhiteSpace(workDirectory);

        var metadata = _embeddings.GetService<EmbeddingGeneratorMetadata>();
        var space = new VectorSpace(
            metadata?.DefaultModelId ?? _embeddings.GetType().Name,
            metadata?.DefaultModelDimensions ?? throw new InvalidOperationException("The embedding generator does " +
                "not state its dimensions."));
        using var text = new LuceneTextIndex(Path.Combine(workDirectory, "text"), analysis: _analysis);
        using var vectors = await EmbeddedVectorIndex.OpenAsync(
            Path.Combine(cacheDirectory ?? workDirectory, "vectors.db"), space, cancellationToken).ConfigureAwait(false);

        progress?.Report($"indexing {dataset.Corpus.Count} documents (BM25)");
        await text.ReplaceSourceAsync(
            Tenant,
            "corpus",
            [.. dataset.Corpus.Select(d => new TextDocument(d.Id, Tenant, "corpus", "document", d.Title, d.Text))],
            cancellationToken).ConfigureAwait(false);
        await EmbedAsync(
            vectors,
            Tenant,
            [.. dataset.Corpus.Select(d => new EmbeddingInput(d.Id, Hash(DocumentText(d)), DocumentText(d), d.Text))],
            ("documents", "document"),
            progress,
            cancellationToken)
            .ConfigureAwait(false);
        await EmbedAsync(
            vectors,
            QueryTenant,
            [.. dataset.Queries.Select(q => new EmbeddingInput(q.Id, Hash(q.Text), q.Text, string.Empty))],
            ("queries", "query"),
            progress,
            cancellationToken)
            .ConfigureAwait(false);
        var queryVectors = await QueryVectorsAsync(vectors, dataset, cancellationToken).ConfigureAwait(false);

        progress?.Report($"running {dataset.Queries.Count} queries");
        var runs = new Dictionary<string, List<(IReadOnlyList<string>, IReadOnlyDictionary<string, int>)>>
        {
            ["bm25"] = [],
            ["vector"] = [],
            ["hybrid"] = [],
        };
        int gated = 0;
        var tokens = _embeddings.GetService<ITokenEmbeddingGenerator>();
        using var tokenCache = tokens is null || _options.RerankDepth == 0
            ? null
            : await TokenVectorCache.OpenAsync(
                Path.Combine(cacheDirectory ?? workDirectory, "token-vectors.db"),
                TokenVectorCache.ModelKey(_embeddings),
                (long)_options.TokenCacheMegabytes * 1024 * 1024,
                dimensions: space.Dimensions,
                cancellationToken: cancellationToken).ConfigureAwait(false);
        var documents = dataset.Corpus
            .DistinctBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(d => d.Id, DocumentText, StringComparer.Ordinal);
        bool localModel = _embeddings is MiniLmEmbeddingGenerator;
        var searchTimes = new List<double>(dataset.Queries.Count);
        var rerankTimes = new List<double>(dataset.Queries.Count);
        foreach (var query in dataset.Queries)
        {
            var judgements = dataset.Judgements[query.Id];
            long started = Stopwatch.GetTimestamp();
            var textHits = await text.SearchAsync(Tenant, query.Text, Depth, cancellationToken).ConfigureAwait(false);
            var vectorHits = await vectors.SearchAsync(
                Tenant,
                queryVectors[query.Id],
                Depth,
                (float)_options.PassageWeight,
                cancellationToken).ConfigureAwait(false);
            var leg = VectorLegGate.Decide(query.Text, _options, localModel);
            gated += leg.Note is null ? 0 : 1;
            var fused = ScoreFusion.Fuse(textHits, leg.Skipped ? [] : vectorHits, _options, leg);
            searchTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = Stopwatch.GetTimestamp();
            fused = await LateInteractionRerank.ApplyAsync(
                tokens,
                tokenCache,
                query.Text,
                null,
                fused,
                ids => Task.FromResult<IReadOnlyDictionary<string, string>>(
                    ids.Where(documents.ContainsKey).ToDictionary(id => id, id => documents[id], StringComparer.Ordinal)),
                _options,
                leg.Weight,
                cancellationToken).ConfigureAwait(false);
            if (!leg.Skipped && leg.Weight > 0)
            {
                rerankTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }


            runs["bm25"].Add(([.. textHits.Select(h => h.EntryId)], judgements));
            runs["vector"].Add(([.. vectorHits.Select(h => h.EntryId)], judgements));
            runs["hybrid"].Add(([.. fused.Take(Depth).Select(h => h.Id)], judgements));
            if (runs["hybrid"].Count % 100 == 0)
            {
                progress?.Report($"ran {runs["hybrid"].Count}/{dataset.Queries.Count} queries");
            }
        }

        if (tokens is not null && _options.RerankDepth > 0 && rerankTimes.Count > 0)
        {
            double searchMedian = SearchBenchmark.Percentile(searchTimes, 0.5);
            double rerankMedian = SearchBenchmark.Percentile(rerankTimes, 0.5);
            progress?.Report(string.Create(
                CultureInfo.InvariantCulture,
                $"per query: legs and fusion p50 {searchMedian:F1} ms, p99 {SearchBenchmark.Percentile(searchTimes, 0.99):F1} ms "
                + $"(query embedding not included); re-ranking {_options.RerankDepth} hits ({rerankTimes.Count} queries) "
                + $"adds p50 {rerankMedian:F1} ms, "
                + $"p99 {SearchBenchmark.Percentile(rerankTimes, 0.99):F1} ms ({rerankMedian / Math.Max(searchMedian, 1e-6):F1}x)"));
        }

        return new EvaluationReport(
            MetricSummary.Of(runs["bm25"]),
            MetricSummary.Of(runs["vector"]),
            MetricSummary.Of(runs["hybrid"]),
            dataset.Queries.Count)
        {
            VectorLegGated = gated,
        };
    }

    /// <summary>The text embedded for a document: its title, then its text, as BEIR's dense baselines do.</summary>
    internal static string DocumentText(BeirDocument document) =>
        document.Title.Length == 0 ? document.Text : document.Title + " " + document.Text;

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private async Task EmbedAsync(
        EmbeddedVectorIndex vectors,
        string tenant,
        List<EmbeddingInput> items,
        (string Plural, string Singular) what,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        progress?.Report($"embedding {what.Plural} (texts already in the cache are reused)");

        // Each slice is stored as soon as it is embedded, as a source of its own, so a run that is stopped keeps
        // what it embedded for the next one. Slices of an earlier run (of this or another set) go first.
        foreach (string stale in (await vectors.CountBySourceAsync(tenant, cancellationToken).ConfigureAwait(false)).Keys)
        {
            await vectors.RemoveSourceAsync(tenant, stale, cancellationToken).ConfigureAwait(false);
        }

        var unique = items.DistinctBy(e => e.EntryId, StringComparer.Ordinal).ToList();
        int embedded = 0;
        int done = 0;
        int slice = 0;
        foreach (var part in unique.Chunk(StoreSlice))
        {
            int before = done;
            var result = await VectorEntryEmbedder.EmbedAsync(
                _embeddings,
                vectors,
                part,
                EmbeddingBatch,
                passages: true,
                new SynchronousCountProgress(count =>
                {
                    if ((before + count) / (EmbeddingBatch * 8) > (before + count - EmbeddingBatch) / (EmbeddingBatch * 8))
                    {
                        progress?.Report($"embedded {before + count} {what.Singular} texts");
                    }
                }),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            embedded += result.Embedded;
            done += result.Embedded;
            await vectors.ReplaceSourceAsync(
                tenant,
                string.Create(CultureInfo.InvariantCulture, $"{what.Plural}-{slice++:D4}"),
                result.Entries,
                cancellationToken).ConfigureAwait(false);
        }

        progress?.Report($"embedded {embedded} new {what.Singular} texts");
    }

    private sealed class SynchronousCountProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    private static async Task<Dictionary<string, ReadOnlyMemory<float>>> QueryVectorsAsync(
        EmbeddedVectorIndex vectors,
        BeirDataset dataset,
        CancellationToken cancellationToken)
    {
        var byHash = await vectors.GetCachedAsync(
            [.. dataset.Queries.Select(q => Hash(q.Text)).Distinct(StringComparer.Ordinal)],
            cancellationToken)
            .ConfigureAwait(false);
        return dataset.Queries
            .DistinctBy(q => q.Id, StringComparer.Ordinal)
            .ToDictionary(q => q.Id, q => byHash[Hash(q.Text)], StringComparer.Ordinal);
    }
}
