// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

/// <summary>Status counts over a set of required controls.</summary>
/// <param name="Family">The family or layer counted; empty for the whole baseline.</param>
/// <param name="Required">How many controls are required.</param>
/// <param name="Met">How many are met.</param>
/// <param name="Partial">How many are partly met.</param>
/// <param name="Gap">How many are open.</param>
/// <param name="NotApplicable">How many do not apply.</param>
/// <param name="Unknown">How many were not assessed.</param>
public sealed record GapSummary(
    string Family,
    int Required,
    int Met,
    int Partial,
    int Gap,
    int NotApplicable,
    int Unknown)
{
    /// <summary>Counts the statuses of <paramref name="controls"/>.</summary>
    public static GapSummary Of(string family, IReadOnlyCollection<ControlGap> controls)
    {
        ArgumentNullException.ThrowIfNull(controls);

        int Count(string status) => controls.Count(c => c.Status == status);
        return new GapSummary(
            family,
            controls.Count,
            Count(GapStatus.Met),
            Count(GapStatus.Partial),
            Count(GapStatus.Gap),
            Count(GapStatus.NotApplicable),
            Count(GapStatus.Unknown));
    }
}
