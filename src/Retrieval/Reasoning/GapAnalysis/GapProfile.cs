// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

/// <summary>
/// A customer's compliance situation: the standard and level (or baseline) they must reach, what they already
/// meet, and what they run today. See the README section "Compliance gap analysis" for the file format.
/// </summary>
public sealed record GapProfile
{
    /// <summary>The customer's name, as the rep writes it.</summary>
    public string Customer { get; init; } = "";

    /// <summary>The customer's industry (free text, optional).</summary>
    public string Industry { get; init; } = "";

    /// <summary>The standard: its id, name or alias (<c>mlps-2.0</c>, <c>等保2.0</c>, <c>nist-800-53-rev5</c>).</summary>
    public string Standard { get; init; } = "";

    /// <summary>The level to reach (MLPS 2.0: 1-4), or empty when <see cref="Baseline"/> is given.</summary>
    public string Level { get; init; } = "";

    /// <summary>The baseline to reach (NIST: <c>low</c>, <c>moderate</c>, or a baseline id), or empty.</summary>
    public string Baseline { get; init; } = "";

    /// <summary>MLPS 2.0 extensions that apply: <c>cloud</c>, <c>mobile</c>, <c>iot</c>, <c>industrial</c>.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [];

    /// <summary>Items or controls the customer already meets (<c>GEN-012</c>, <c>AC-2(1)</c>).</summary>
    public IReadOnlyList<string> Implemented { get; init; } = [];

    /// <summary>Items or controls the customer meets in part.</summary>
    public IReadOnlyList<string> Partial { get; init; } = [];

    /// <summary>Items or controls that do not apply to the customer's system.</summary>
    public IReadOnlyList<string> NotApplicable { get; init; } = [];

    /// <summary>
    /// What the customer runs today, free text (<c>堡垒机</c>, <c>WAF</c>, <c>OpenShift</c>), matched through the graph.
    /// </summary>
    public IReadOnlyList<string> Components { get; init; } = [];

    /// <summary>
    /// The status of a required control the profile says nothing about: <c>gap</c> (default) or <c>unknown</c>.
    /// </summary>
    public string Unlisted { get; init; } = GapStatus.Gap;
}
