// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis.Internal;

/// <summary>What every control of one analysis is judged against.</summary>
internal sealed record AnalysisContext(
    GapGraph Graph,
    GapProfile Profile,
    GapAnalysisOptions Options,
    string Tenant,
    ListedControls Listed,
    IReadOnlyList<CustomerComponent> Components)
{
    /// <summary>
    /// Whether evidence is written in Chinese (MLPS reports are handed to Chinese-speaking customers).
    /// </summary>
    public bool Chinese { get; init; }

    /// <summary>Picks the sentence in the report's language.</summary>
    public string Say(string chinese, string english) => Chinese ? chinese : english;
}
