// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

/// <summary>A match's score per facet, 0 to 1; null where the request did not give the facet.</summary>
/// <param name="Industry">1 when the case is in the same industry.</param>
/// <param name="Size">Closeness of company sizes (logarithmic; see <see cref="SizeBands.Similarity"/>).</param>
/// <param name="Region">1 when the case is in the same region.</param>
/// <param name="Products">1 when the case bought a requested product, 0.5 for the same product series.</param>
/// <param name="Text">Text similarity of the case's write-up to the request's text (hybrid search, relative to the best hit).</param>
/// <param name="Graph">
/// Overlap (Jaccard) of the entities around the case and the opportunity: customer, products, technologies, pain points.
/// </param>
public sealed record CaseFacetScores(
    double? Industry,
    double? Size,
    double? Region,
    double? Products,
    double? Text,
    double? Graph);
