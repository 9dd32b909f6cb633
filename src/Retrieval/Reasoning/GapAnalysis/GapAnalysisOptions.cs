// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

/// <summary>Options of one gap analysis.</summary>
public sealed record GapAnalysisOptions
{
    /// <summary>
    /// Whether to add <c>low</c>-confidence recommendations found by hybrid search (a document section that names the
    /// control and a product or feature). Off by default: one search per open control costs time.
    /// </summary>
    public bool IncludeTextMatches { get; init; }

    /// <summary>How many search hits to inspect per open control when <see cref="IncludeTextMatches"/> is on.</summary>
    public int TextMatchHits { get; init; } = 5;
}
