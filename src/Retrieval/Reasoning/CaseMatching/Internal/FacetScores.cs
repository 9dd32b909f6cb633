// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.CaseMatching.Internal;

/// <summary>The per-facet scores of one group against one query; NaN where the query lacks the facet.</summary>
internal readonly record struct FacetScores(
    double Industry,
    double Size,
    double Region,
    double Products,
    double Text,
    double Graph)
{
    public CaseFacetScores ToPublic() => new(N(Industry), N(Size), N(Region), N(Products), N(Text), N(Graph));

    private static double? N(double value) => double.IsNaN(value) ? null : Math.Round(value, 4);
}
