// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

/// <summary>How much a recommendation can be trusted, by the kind of mapping behind it.</summary>
public static class ConfidenceTier
{
    /// <summary>An explicit mapping, such as an OSCAL implemented-requirement.</summary>
    public const string High = "high";

    /// <summary>A curated table or a relation in the graph.</summary>
    public const string Medium = "medium";

    /// <summary>Textual similarity only.</summary>
    public const string Low = "low";
}
