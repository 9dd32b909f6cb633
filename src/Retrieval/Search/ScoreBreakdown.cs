// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Search;

/// <summary>The parts of a hybrid score: each leg's rank and raw score, and what fusion made of them.</summary>
/// <param name="Bm25Rank">1-based rank in the BM25 leg, or null when the leg did not return the entry.</param>
/// <param name="Bm25Score">BM25 score, or null.</param>
/// <param name="VectorRank">1-based rank in the vector leg, or null.</param>
/// <param name="VectorScore">Cosine similarity, or null.</param>
/// <param name="Fused">Reciprocal rank fusion score.</param>
public sealed record ScoreBreakdown(int? Bm25Rank, double? Bm25Score, int? VectorRank, double? VectorScore, double Fused);
