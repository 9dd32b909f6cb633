// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

/// <summary>A product or component that closes a control, with the mapping behind it.</summary>
/// <param name="Product">The product or component (and the named products of a cloud's advice).</param>
/// <param name="Status">
/// The mapping's own status (<c>implemented</c>, <c>partial</c>, <c>alternative</c>, <c>advised</c>,
/// <c>mentioned</c>).
/// </param>
/// <param name="Confidence">One of <see cref="ConfidenceTier"/>.</param>
/// <param name="Advice">What the mapping says to do, or how the product implements the control.</param>
/// <param name="Lineage">Where the mapping comes from: source file and row, control or section.</param>
public sealed record GapRecommendation(
    string Product,
    string Status,
    string Confidence,
    string Advice,
    IReadOnlyList<string> Lineage)
{
    /// <summary>The graph node id of the product, component or feature.</summary>
    public string ProductId { get; init; } = "";

    /// <summary>
    /// The knowledge entries behind the recommendation: the mapping's rows or statements that name the control
    /// (component-definition requirements, remediation rows), or the section a text match came from.
    /// </summary>
    public IReadOnlyList<string> EntryIds { get; init; } = [];

    /// <summary>Where each of <see cref="EntryIds"/> was cut from, in the same order.</summary>
    public IReadOnlyList<EntrySource> Sources { get; init; } = [];

    /// <summary>The source the mapping came from (empty for a text match), for finding its entries.</summary>
    internal string SourceId { get; init; } = "";
}
