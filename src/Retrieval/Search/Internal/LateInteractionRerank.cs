// Copyright (c) SalesCognition. All rights reserved.

using System.Numerics.Tensors;
using SalesCognition.Retrieval.Embeddings;

namespace SalesCognition.Retrieval.Search.Internal;

/// <summary>
/// Re-ranks the fused top hits by late interaction: the query's and each hit's tokens are embedded, and a hit scores the
/// weighted mean, over the query's tokens, of each token's best cosine among its tokens. A query token weighs its
/// inverse document frequency among the re-ranked hits, <c>ln((n + 1) / (df + 0.5))</c>, so a word piece that every
/// candidate holds (a stop word, the topic itself) says little and a rare one much. Within the re-ranked hits the score
/// adds <see cref="RetrievalOptions.RerankWeight"/> times the hits' fusion-score range, scaled by where the hit's
/// late-interaction score lies between the lowest and the highest; so re-ranked hits stay above the rest and the
/// final order is the order of the final scores. It is the last step of a search (after graph expansion).
/// </summary>
internal static class LateInteractionRerank
{
    /// <summary>
    /// The mean over <paramref name="query"/>'s tokens, weighted by <paramref name="weights"/> (all 1 when null), of
    /// each token's best cosine among <paramref name="document"/>'s.
    /// </summary>
    public static double Score(IReadOnlyList<float[]> query, IReadOnlyList<float[]> document, IReadOnlyList<double>? weights = null)
    {
        if (query.Count == 0 || document.Count == 0)
        {
            return 0;
        }

        double total = 0;
        double weightSum = 0;
        for (int i = 0; i < query.Count; i++)
        {
            float best = float.NegativeInfinity;
            foreach (float[] candidate in document)
            {
                // A vector of another length (a damaged or foreign cache record) cannot match.
                if (candidate.Length == query[i].Length)
                {
                    best = Math.Max(best, TensorPrimitives.Dot(query[i], candidate));
                }
            }

            double weight = weights?[i] ?? 1;
            total += weight * (float.IsFinite(best) ? best : 0);
            weightSum += weight;
        }

        return weightSum > 0 ? total / weightSum : 0;
    }

    /// <summary>
    /// The weight of each of <paramref name="query"/>'s word pieces: <c>ln((n + 1) / (df + 0.5))</c> with
    /// <c>df</c> the number of <paramref name="documents"/> (n in all) that hold the piece.
    /// </summary>
    public static double[] InverseDocumentFrequencies(IReadOnlyList<int> query, IReadOnlyList<TokenVectors> documents)
    {
        var holders = documents.Select(d => d.Ids.ToHashSet()).ToList();
        return [.. query.Select(id => Math.Log((documents.Count + 1.0) / (holders.Count(h => h.Contains(id)) + 0.5)))];
    }

    /// <summary>
    /// Re-ranks the first <see cref="RetrievalOptions.RerankDepth"/> of <paramref name="fused"/> when the options, the
    /// generator and <paramref name="weightScale"/> (the vector leg's weight: the same model judges here) allow it.
    /// </summary>
    /// <param name="tokens">The token generator; null when the embedding model offers none.</param>
    /// <param name="cache">Where the hits' token vectors are read (and kept when missing); null runs the model over them.</param>
    /// <param name="query">The user's text.</param>
    /// <param name="queryTokens">The query's token vectors when the caller has them already; else they are made.</param>
    /// <param name="fused">The fused ranking, best first.</param>
    /// <param name="textsOf">Reads the texts of entries by id; entries it does not return keep their fusion score.</param>
    /// <param name="options">Depth and weight.</param>
    /// <param name="weightScale">Scales the weight, 0 to 1.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static async Task<List<(string Id, ScoreBreakdown Score)>> ApplyAsync(
        ITokenEmbeddingGenerator? tokens,
        TokenVectorCache? cache,
        string query,
        TokenVectors? queryTokens,
        List<(string Id, ScoreBreakdown Score)> fused,
        Func<IReadOnlyList<string>, Task<IReadOnlyDictionary<string, string>>> textsOf,
        RetrievalOptions options,
        double weightScale,
        CancellationToken cancellationToken)
    {
        double weight = options.RerankWeight * weightScale;
        if (tokens is null || options.RerankDepth == 0 || weight <= 0 || fused.Count == 0)
        {
            return fused;
        }

        var block = fused.Take(options.RerankDepth).ToList();
        var texts = await textsOf([.. block.Select(b => b.Id)]).ConfigureAwait(false);
        var scored = block.Where(b => texts.ContainsKey(b.Id)).ToList();
        if (scored.Count == 0)
        {
            return fused;
        }

        string[] hitTexts = [.. scored.Select(b => texts[b.Id])];
        var queryVectors = queryTokens
            ?? (await tokens.GenerateTokenVectorsAsync([query], cancellationToken).ConfigureAwait(false))[0];
        var candidates = cache is null
            ? await tokens.GenerateTokenVectorsAsync(hitTexts, cancellationToken).ConfigureAwait(false)
            : await cache.GetOrAddAsync(tokens, hitTexts, cancellationToken).ConfigureAwait(false);
        var weights = InverseDocumentFrequencies(queryVectors.Ids, candidates);
        var late = scored
            .Select((b, i) => (b.Id, Score: Score(queryVectors.Vectors, candidates[i].Vectors, weights)))
            .ToDictionary(s => s.Id, s => s.Score, StringComparer.Ordinal);
        double lowest = late.Values.Min();
        double spread = late.Values.Max() - lowest;
        double range = block.Max(b => b.Score.Fused) - block.Min(b => b.Score.Fused);
        double scale = range > 0 ? range : Math.Max(Math.Abs(block[0].Score.Fused), 1e-9);

        var reranked = block
            .Select(b =>
            {
                if (!late.TryGetValue(b.Id, out double score))
                {
                    return b with { Score = b.Score with { FusedBeforeRerank = b.Score.Fused } };
                }

                double share = spread > 0 ? (score - lowest) / spread : 1;
                double final = b.Score.Fused + (weight * scale * share);
                return (b.Id, Score: b.Score with
                {
                    Fused = final,
                    FusedBeforeRerank = b.Score.Fused,
                    RerankScore = score,
                });
            })
            .OrderByDescending(b => b.Score.Fused)
            .ThenBy(b => b.Score.Bm25Rank ?? int.MaxValue)
            .ThenBy(b => b.Id, StringComparer.Ordinal);
        return [.. reranked, .. fused.Skip(block.Count)];
    }
}
