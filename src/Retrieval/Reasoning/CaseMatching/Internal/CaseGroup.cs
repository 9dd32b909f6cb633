// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.CaseMatching.Internal;

/// <summary>
/// Cases that look the same to every facet (a CRM account's won deals for the same product), scanned once; the most
/// recent stands for the group. A narrative case is a group of its own.
/// </summary>
internal sealed class CaseGroup
{
    public required string CaseId { get; init; }

    public required string Title { get; init; }

    public required bool Won { get; init; }

    public int Customer { get; init; } = -1;

    public int Industry { get; init; } = -1;

    public int Region { get; init; } = -1;

    public int? Employees { get; init; }

    public double? Revenue { get; init; }

    /// <summary>Product ordinals, ascending.</summary>
    public int[] Products { get; init; } = [];

    /// <summary>Series ordinals of the products, ascending, distinct.</summary>
    public int[] Series { get; init; } = [];

    /// <summary>Ordinals of the pain points the case <c>faces</c>, ascending.</summary>
    public int[] PainPoints { get; init; } = [];

    /// <summary>
    /// Ordinals of the customer, every used entity and every pain point, ascending: the graph-overlap set.
    /// </summary>
    public int[] Entities { get; init; } = [];

    public string CloseDate { get; set; } = "";

    public double? Value { get; set; }

    public int Count { get; set; } = 1;

    /// <summary>Every case id in the group (for the text leg's mapping).</summary>
    public List<string> Members { get; } = [];
}
