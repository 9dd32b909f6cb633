// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Search;

/// <summary>The parts of a hybrid score: each leg's rank and raw score, and what fusion made of them.</summary>
/// <param name="Bm25Rank">1-based rank in the BM25 leg, or null when the leg did not return the entry.</param>
/// <param name="Bm25Score">BM25 score, or null.</param>
/// <param name="VectorRank">1-based rank in the vector leg, or null.</param>
/// <param name="VectorScore">Cosine similarity, or null.</param>
/// <param name="Fused">The final score (fusion, plus graph proximity when that step ran).</param>
public sealed record ScoreBreakdown(
    int? Bm25Rank,
    double? Bm25Score,
    int? VectorRank,
    double? VectorScore,
    double Fused)
{
    /// <summary>How the legs were fused: <c>rrf</c> or <c>minmax</c>.</summary>
    public string Fusion { get; init; } = FusionMethods.ReciprocalRank;

    /// <summary>The weight the vector leg had for this query (0 when it was skipped).</summary>
    public double VectorWeight { get; init; } = 1.0;

    /// <summary>Why the vector leg was down-weighted or skipped, or null when it counted in full.</summary>
    public string? VectorNote { get; init; }

    /// <summary>
    /// The cosine similarity of the entry's best passage, when passages counted in the vector score; the vector score
    /// then blends it with the whole text's (<see cref="RetrievalOptions.PassageWeight"/>).
    /// </summary>
    public double? VectorPassageScore { get; init; }

    /// <summary>
    /// The late-interaction score of a re-ranked entry: the mean, over the query's tokens, of each token's best cosine
    /// among the entry's tokens (local model); null when the entry was not re-ranked.
    /// </summary>
    public double? RerankScore { get; init; }

    /// <summary>The score (fusion plus graph proximity) before re-ranking; null when the entry was not re-ranked.</summary>
    public double? FusedBeforeRerank { get; init; }

    /// <summary>The fusion score before graph proximity was added.</summary>
    public double FusedBeforeGraph { get; init; }

    /// <summary>
    /// Graph proximity: the share of the top hits' entities that this entry mentions or neighbours, 0 to 1;
    /// null when graph expansion did not run.
    /// </summary>
    public double? GraphProximity { get; init; }
}
