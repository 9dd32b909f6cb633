// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis.Internal;

/// <summary>What every control of one analysis is judged against.</summary>
internal sealed record AnalysisContext(
    GapGraph Graph,
    GapProfile Profile,
    GapAnalysisOptions Options,
    string Tenant,
    ListedControls Listed,
    IReadOnlyList<CustomerComponent> Components);
