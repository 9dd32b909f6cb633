// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.CaseMatching.Internal;

/// <summary>A node the index refers to by ordinal: a customer, industry, region, product or technology.</summary>
internal sealed record EntityInfo(int Ordinal, string Id, string Type, string Name, string ChineseName)
{
    /// <summary>Ordinal of the product's series in <see cref="CaseIndex.Series"/>, or -1.</summary>
    public int Series { get; init; } = -1;

    /// <summary>For a customer: its industry, region and size.</summary>
    public int Industry { get; init; } = -1;

    public int Region { get; init; } = -1;

    public int? Employees { get; init; }

    public double? Revenue { get; init; }

    public string NameIn(string language) => language == "zh" && ChineseName.Length > 0 ? ChineseName : Name;
}
