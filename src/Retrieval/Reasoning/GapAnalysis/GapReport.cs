// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

/// <summary>
/// The result of a gap analysis: every required control with its status, evidence and recommendations.
/// </summary>
public sealed record GapReport
{
    /// <summary>The standard's key (<c>mlps-2.0</c>, <c>nist-800-53-rev5</c>).</summary>
    public required string Standard { get; init; }

    /// <summary>The standard's display name.</summary>
    public required string StandardName { get; init; }

    /// <summary>The baseline keys analysed, joined by <c>+</c> (a level and its extensions).</summary>
    public required string Baseline { get; init; }

    /// <summary>The baseline names, joined by <c> + </c>.</summary>
    public required string BaselineName { get; init; }

    /// <summary>The customer, as the profile names it.</summary>
    public required string Customer { get; init; }

    /// <summary>The customer's industry, as the profile names it.</summary>
    public string Industry { get; init; } = "";

    /// <summary>Counts over all required controls.</summary>
    public required GapSummary Summary { get; init; }

    /// <summary>Counts per family (NIST) or layer (MLPS 2.0), in the order the controls come.</summary>
    public required IReadOnlyList<GapSummary> Families { get; init; }

    /// <summary>Every required control, in the standard's order.</summary>
    public required IReadOnlyList<ControlGap> Controls { get; init; }

    /// <summary>
    /// Notes on the profile that did not stop the analysis (a listed control the baseline does not require...).
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>
    /// Every control's <see cref="ControlGap.EntryIds"/>, without repeats: what the usage ledger counts as
    /// <c>shown</c>.
    /// </summary>
    public IReadOnlyList<string> EntryIds { get; init; } = [];
}
