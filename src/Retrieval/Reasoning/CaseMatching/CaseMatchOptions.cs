// Copyright (c) SalesCognition. All rights reserved.

using System.ComponentModel.DataAnnotations;

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

/// <summary>Configuration of case matching (section <c>CaseMatching</c>).</summary>
public sealed class CaseMatchOptions
{
    /// <summary>Facet weights, shown in every response.</summary>
    public CaseMatchWeights Weights { get; set; } = new();

    /// <summary>How many matches when the request does not say.</summary>
    [Range(1, 1000)]
    public int DefaultTop { get; set; } = 5;

    /// <summary>The most matches a request may ask for.</summary>
    [Range(1, 1000)]
    public int MaxTop { get; set; } = 50;

    /// <summary>How many hybrid-search hits the text leg looks at.</summary>
    [Range(1, 1000)]
    public int TextCandidates { get; set; } = 50;

    /// <summary>
    /// How many of the text leg's top hits are re-ranked by late interaction, 0 (off, the default) to 100. Off, so a
    /// CRM plugin's match stays within tens of milliseconds; the text leg only needs each case's best write-up hit.
    /// </summary>
    [Range(0, 100)]
    public int RerankDepth { get; set; }

    /// <summary>
    /// How often, at most, the matcher checks whether the graph changed (and rebuilds its index if so).
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);
}
