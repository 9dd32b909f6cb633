// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Oscal.Internal;

/// <summary>The ontology node and relation types the OSCAL reader writes.</summary>
internal static class OscalTypes
{
    public const string Standard = "Standard";
    public const string Control = "Control";
    public const string Baseline = "Baseline";
    public const string Component = "Component";

    public const string Contains = "contains";
    public const string Enhances = "enhances";
    public const string BaselineOf = "baseline_of";
    public const string Requires = "requires";
    public const string Implements = "implements";
}
