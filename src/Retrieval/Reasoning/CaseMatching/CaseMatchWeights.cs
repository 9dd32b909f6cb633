// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

/// <summary>
/// The weight of each facet in a match's score; the score divides by the weights of the facets given.
/// </summary>
public sealed class CaseMatchWeights
{
    /// <summary>Same industry.</summary>
    public double Industry { get; set; } = 0.25;

    /// <summary>Similar company size.</summary>
    public double Size { get; set; } = 0.15;

    /// <summary>Same region.</summary>
    public double Region { get; set; } = 0.10;

    /// <summary>Same products or product series.</summary>
    public double Products { get; set; } = 0.30;

    /// <summary>Text similarity.</summary>
    public double Text { get; set; } = 0.10;

    /// <summary>Entity overlap in the graph.</summary>
    public double Graph { get; set; } = 0.10;

    /// <summary>The weights as (facet, weight) pairs, in facet order.</summary>
    public IReadOnlyList<(string Facet, double Weight)> ToList() =>
        [("industry", Industry), ("size", Size), ("region", Region), ("products", Products), ("text", Text), ("graph", Graph)];
}
