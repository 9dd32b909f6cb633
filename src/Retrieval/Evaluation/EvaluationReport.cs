// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json.Serialization;

namespace SalesCognition.Retrieval.Evaluation;

/// <summary>The metrics of each retrieval mode over a set's judged queries.</summary>
/// <param name="Bm25">BM25 alone.</param>
/// <param name="Vector">Nearest neighbours alone.</param>
/// <param name="Hybrid">Both legs, fused as hybrid search fuses them.</param>
/// <param name="Queries">How many queries were scored.</param>
public sealed record EvaluationReport(
    [property: JsonPropertyName("bm25")] MetricSummary Bm25,
    [property: JsonPropertyName("vector")] MetricSummary Vector,
    [property: JsonPropertyName("hybrid")] MetricSummary Hybrid,
    [property: JsonPropertyName("queries")] int Queries)
{
    /// <summary>How many queries skipped or down-weighted the vector leg in hybrid mode.</summary>
    [JsonIgnore]
    public int VectorLegGated { get; init; }
}
