// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis.Internal;

/// <summary>
/// The control node ids a profile lists under each status, and notes on ids it lists that do not count.
/// </summary>
internal sealed class ListedControls
{
    public HashSet<string> Implemented { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Partial { get; } = new(StringComparer.Ordinal);

    public HashSet<string> NotApplicable { get; } = new(StringComparer.Ordinal);

    public List<string> Notes { get; } = [];
}
