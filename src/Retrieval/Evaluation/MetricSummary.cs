// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json.Serialization;

namespace SalesCognition.Retrieval.Evaluation;

/// <summary>The mean of each metric over the evaluated queries of one retrieval mode.</summary>
/// <param name="NdcgAt10">Mean nDCG@10.</param>
/// <param name="RecallAt10">Mean Recall@10.</param>
/// <param name="RecallAt100">Mean Recall@100.</param>
/// <param name="MrrAt10">Mean reciprocal rank, cut at 10.</param>
public sealed record MetricSummary(
    [property: JsonPropertyName("ndcg@10")] double NdcgAt10,
    [property: JsonPropertyName("recall@10")] double RecallAt10,
    [property: JsonPropertyName("recall@100")] double RecallAt100,
    [property: JsonPropertyName("mrr@10")] double MrrAt10)
{
    /// <summary>Averages the metrics of each query's ranking; all zero for no query.</summary>
    public static MetricSummary Of(IReadOnlyList<(IReadOnlyList<string> Ranked, IReadOnlyDictionary<string, int> Judgements)> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);

        if (runs.Count == 0)
        {
            return new MetricSummary(0, 0, 0, 0);
        }

        return new MetricSummary(
            runs.Average(r => RankingMetrics.NdcgAt(r.Ranked, r.Judgements, 10)),
            runs.Average(r => RankingMetrics.RecallAt(r.Ranked, r.Judgements, 10)),
            runs.Average(r => RankingMetrics.RecallAt(r.Ranked, r.Judgements, 100)),
            runs.Average(r => RankingMetrics.ReciprocalRankAt(r.Ranked, r.Judgements, 10)));
    }
}
