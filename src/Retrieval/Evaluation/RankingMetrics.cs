// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Evaluation;

/// <summary>
/// Ranking metrics of one query: a ranked list of document ids against graded judgements (grade &gt; 0 is relevant).
/// </summary>
/// <remarks>
/// nDCG uses the linear gain <c>grade / log2(rank + 1)</c>, as BEIR's evaluation (pytrec_eval) does; the ideal
/// ranking sorts every judged relevant document by grade. A document listed twice counts once, at its first rank.
/// </remarks>
public static class RankingMetrics
{
    /// <summary>
    /// Normalised discounted cumulative gain of the first <paramref name="k"/> results; 0 without relevant documents.
    /// </summary>
    public static double NdcgAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgements, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judgements);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);

        double dcg = 0;
        int rank = 0;
        foreach (string id in Distinct(ranked).Take(k))
        {
            rank++;
            if (judgements.TryGetValue(id, out int grade) && grade > 0)
            {
                dcg += grade / Math.Log2(rank + 1);
            }
        }

        double ideal = 0;
        int idealRank = 0;
        foreach (int grade in judgements.Values.Where(g => g > 0).OrderByDescending(g => g).Take(k))
        {
            idealRank++;
            ideal += grade / Math.Log2(idealRank + 1);
        }

        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>
    /// Share of the relevant documents found in the first <paramref name="k"/> results; 0 without relevant documents.
    /// </summary>
    public static double RecallAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgements, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judgements);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);

        int relevant = judgements.Values.Count(g => g > 0);
        if (relevant == 0)
        {
            return 0;
        }

        int found = Distinct(ranked).Take(k).Count(id => judgements.TryGetValue(id, out int grade) && grade > 0);
        return (double)found / relevant;
    }

    /// <summary>
    /// 1 / rank of the first relevant document within the first <paramref name="k"/> results, else 0.
    /// </summary>
    public static double ReciprocalRankAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgements, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judgements);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);

        int rank = 0;
        foreach (string id in Distinct(ranked).Take(k))
        {
            rank++;
            if (judgements.TryGetValue(id, out int grade) && grade > 0)
            {
                return 1.0 / rank;
            }
        }

        return 0;
    }

    private static IEnumerable<string> Distinct(IReadOnlyList<string> ranked) => ranked.Distinct(StringComparer.Ordinal);
}
