// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

/// <summary>One required control: its status, why, and what closes it.</summary>
/// <param name="Id">The control's printed id (<c>AC-2(1)</c>, <c>GEN-012</c>).</param>
/// <param name="Title">Its title (NIST) or requirement text (MLPS 2.0).</param>
/// <param name="Family">Its family (NIST) or layer (MLPS 2.0).</param>
/// <param name="Status">One of <see cref="GapStatus"/>.</param>
/// <param name="Evidence">Why it has that status, one sentence each.</param>
/// <param name="Recommendations">For an open control, what closes it, strongest first.</param>
/// <param name="Cases">Customer cases that used a recommended product.</param>
public sealed record ControlGap(
    string Id,
    string Title,
    string Family,
    string Status,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<GapRecommendation> Recommendations,
    IReadOnlyList<GapCase> Cases)
{
    /// <summary>The control's graph node id (<c>control:ac-2.1</c>).</summary>
    public string NodeId { get; init; } = "";

    /// <summary>The MLPS 2.0 control point (控制点), empty for NIST.</summary>
    public string ControlPoint { get; init; } = "";

    /// <summary>
    /// The knowledge entries the report shows for this control: its own statement, the entries behind its evidence
    /// and recommendations, and the write-ups of its cases; archived entries are left out.
    /// </summary>
    public IReadOnlyList<string> EntryIds { get; init; } = [];

    /// <summary>Where each of <see cref="EntryIds"/> was cut from, in the same order.</summary>
    public IReadOnlyList<EntrySource> Sources { get; init; } = [];

    /// <summary>
    /// The sources of the mappings the evidence and recommendations rest on, for finding their entries.
    /// </summary>
    internal IReadOnlyList<string> EvidenceSources { get; init; } = [];
}
