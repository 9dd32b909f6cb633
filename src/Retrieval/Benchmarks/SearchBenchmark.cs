// Copyright (c) SalesCognition. All rights reserved.

using System.Diagnostics;
using System.Numerics.Tensors;
using System.Text;
using SalesCognition.Retrieval.Search;
using SalesCognition.Retrieval.Search.Internal;
using SalesCognition.Retrieval.Text;
using SalesCognition.Retrieval.Vectors;

namespace SalesCognition.Retrieval.Benchmarks;

/// <summary>
/// Times hybrid search (BM25 leg, vector leg and fusion, as <see cref="HybridSearcher"/> runs them before reading
/// the hits' entries from the graph) over a synthetic index, and the vector leg against a naive exact scan.
/// </summary>
/// <remarks>
/// The corpus is generated: mixed English and Chinese words drawn with a Zipf-like skew, and random unit vectors
/// of 384 dimensions (the local model's size); query vectors are random too, so no model runs while timing.
/// </remarks>
public static class SearchBenchmark
{
    private const int Dimensions = 384;
    private const int Top = 10;
    private const string Tenant = "bench";

    /// <summary>Passage vectors per chunk: a 1,200-character chunk holds about this many sentences.</summary>
    public const int PassagesPerChunk = 4;

    /// <summary>
    /// Builds the index under <paramref name="folder"/> and times <paramref name="queries"/> queries.
    /// </summary>
    public static async Task<SearchBenchmarkReport> RunAsync(
        int chunks,
        int queries,
        string folder,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunks, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(queries, 10);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);

        var random = new Random(20240531);
        string[] words = Vocabulary(random);
        using var text = new LuceneTextIndex(Path.Combine(folder, "text"));
        using var vectors = await EmbeddedVectorIndex.OpenAsync(
            Path.Combine(folder, "vectors.db"), new VectorSpace("bench-random", Dimensions), cancellationToken).ConfigureAwait(false);
        var matrix = new float[chunks][];
        const int PerSource = 5_000;
        for (int first = 0; first < chunks; first += PerSource)
        {
            int count = Math.Min(PerSource, chunks - first);
            string source = $"s{first / PerSource}";
            var documents = new List<TextDocument>(count);
            var entries = new List<VectorEntry>(count);
            for (int i = first; i < first + count; i++)
            {
                documents.Add(new TextDocument(
                    $"e{i}",
                    Tenant,
                    source,
                    "section",
                    Sentence(random, words, 6),
                    Sentence(random, words, 80)));
                matrix[i] = UnitVector(random);
                entries.Add(new VectorEntry($"e{i}", $"h{i}", matrix[i])
                {
                    Passages = [.. Enumerable.Range(0, PassagesPerChunk)
                        .Select(p => new PassageVector($"h{i}p{p}", UnitVector(random)))],
                });
            }

            await text.ReplaceSourceAsync(Tenant, source, documents, cancellationToken).ConfigureAwait(false);
            await vectors.ReplaceSourceAsync(Tenant, source, entries, cancellationToken).ConfigureAwait(false);
            progress?.Report($"indexed {first + count}/{chunks} chunks");
        }

        var options = new RetrievalOptions { GraphSeedHits = 0 };
        var querySet = Enumerable.Range(
            0,
            queries).Select(_ => (Text: Sentence(random, words, 5), Vector: UnitVector(random))).ToList();

        // Warm-up: loads the vector snapshot and the Lucene searcher, JITs both paths.
        await HybridAsync(
            text,
            vectors,
            querySet[0].Text,
            querySet[0].Vector,
            options,
            cancellationToken).ConfigureAwait(false);
        NaiveScan(matrix, querySet[0].Vector);

        var hybrid = new List<double>(queries);
        var vectorLeg = new List<double>(queries);
        var passageLeg = new List<double>(queries);
        var naive = new List<double>(queries);
        double overlap = 0;
        foreach (var (queryText, queryVector) in querySet)
        {
            long started = Stopwatch.GetTimestamp();
            await HybridAsync(text, vectors, queryText, queryVector, options, cancellationToken).ConfigureAwait(false);
            hybrid.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            started = Stopwatch.GetTimestamp();
            var legHits = await vectors.SearchAsync(
                Tenant,
                queryVector,
                Top,
                cancellationToken: cancellationToken).ConfigureAwait(false);
            vectorLeg.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            started = Stopwatch.GetTimestamp();
            await vectors.SearchAsync(
                Tenant,
                queryVector,
                Top,
                (float)options.PassageWeight,
                cancellationToken).ConfigureAwait(false);
            passageLeg.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            started = Stopwatch.GetTimestamp();
            var naiveTop = NaiveScan(matrix, queryVector);
            naive.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            overlap += legHits.Count(h => naiveTop.Contains(int.Parse(
                h.EntryId.AsSpan(1),
                provider: null))) / (double)Top;
        }

        return new SearchBenchmarkReport(
            chunks,
            queries,
            Percentile(hybrid, 0.50),
            Percentile(hybrid, 0.99),
            Percentile(vectorLeg, 0.50),
            Percentile(vectorLeg, 0.99),
            Percentile(naive, 0.50),
            Percentile(naive, 0.99),
            overlap / queries)
        {
            PassageLegP50 = Percentile(passageLeg, 0.50),
            PassageLegP99 = Percentile(passageLeg, 0.99),
        };
    }

    private static async Task HybridAsync(
        LuceneTextIndex text,
        EmbeddedVectorIndex vectors,
        string query,
        float[] vector,
        RetrievalOptions options,
        CancellationToken cancellationToken)
    {
        var textHits = await text.SearchAsync(
            Tenant,
            query,
            options.CandidatesPerLeg,
            cancellationToken).ConfigureAwait(false);
        var leg = VectorLegGate.Decide(query, options, localEnglishModel: false);
        var vectorHits = await vectors.SearchAsync(
            Tenant,
            vector,
            options.CandidatesPerLeg,
            (float)options.PassageWeight,
            cancellationToken).ConfigureAwait(false);
        ScoreFusion.Fuse(textHits, vectorHits, options, leg);
    }

    /// <summary>The baseline: every dot product into an array, then a full sort.</summary>
    private static HashSet<int> NaiveScan(float[][] matrix, float[] query)
    {
        var scores = new (float Score, int Row)[matrix.Length];
        for (int row = 0; row < matrix.Length; row++)
        {
            scores[row] = (TensorPrimitives.Dot(query, matrix[row]), row);
        }

        Array.Sort(scores, (a, b) => b.Score.CompareTo(a.Score));
        return [.. scores.Take(Top).Select(s => s.Row)];
    }

    /// <summary>The nearest-rank percentile <paramref name="p"/> (0..1) of <paramref name="values"/>.</summary>
    internal static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static string[] Vocabulary(Random random)
    {
        const string Han = "数据安全网关审计日志合规认证加密密钥集群部署客户金融医疗政府" +
            "等保三级访问控制备份恢复监控告警性能容量";
        var words = new string[5_000];
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = i % 4 == 0
                ? string.Concat(Han[random.Next(Han.Length)], Han[random.Next(Han.Length)])
                : "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return words;
    }

    private static string Sentence(Random random, string[] words, int length)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            // Squaring a uniform draw skews toward the first words, as real text favours common words.
            double u = random.NextDouble();
            builder.Append(words[(int)(u * u * words.Length)]).Append(' ');
        }

        return builder.ToString();
    }

    private static float[] UnitVector(Random random)
    {
        var vector = new float[Dimensions];
        for (int i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)((random.NextDouble() * 2) - 1);
        }

        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    }
}
