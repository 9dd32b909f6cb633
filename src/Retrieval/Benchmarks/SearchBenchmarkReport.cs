// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Benchmarks;

/// <summary>Latencies of the search benchmark, in milliseconds.</summary>
/// <param name="Chunks">Entries in the index.</param>
/// <param name="Queries">Queries timed per measurement.</param>
/// <param name="HybridP50">Median of BM25 + vector leg + fusion.</param>
/// <param name="HybridP99">99th percentile of the same.</param>
/// <param name="VectorLegP50">Median of the vector leg (the index's search).</param>
/// <param name="VectorLegP99">99th percentile of the vector leg.</param>
/// <param name="NaiveScanP50">Median of a naive exact scan of the same vectors (dot product per row, full sort).</param>
/// <param name="NaiveScanP99">99th percentile of the naive scan.</param>
/// <param name="VectorOverlap">Share of the vector leg's top 10 that the naive scan also ranks top 10 (1 = identical).</param>
public sealed record SearchBenchmarkReport(
    int Chunks,
    int Queries,
    double HybridP50,
    double HybridP99,
    double VectorLegP50,
    double VectorLegP99,
    double NaiveScanP50,
    double NaiveScanP99,
    double VectorOverlap)
{
    /// <summary>Median time of the vector leg with passage vectors counted, as hybrid search runs it (ms).</summary>
    public double PassageLegP50 { get; init; }

    /// <summary>99th percentile of the vector leg with passage vectors counted (ms).</summary>
    public double PassageLegP99 { get; init; }
}
