// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

/// <summary>A customer case that used a recommended product.</summary>
/// <param name="Id">The case's node id.</param>
/// <param name="Title">The case's title.</param>
/// <param name="Product">The recommended product it used.</param>
/// <param name="Source">The case's source file.</param>
public sealed record GapCase(string Id, string Title, string Product, string Source)
{
    /// <summary>The knowledge entries of the case's write-up (those naming the case), archived ones left out.</summary>
    public IReadOnlyList<string> EntryIds { get; init; } = [];

    /// <summary>Where each of <see cref="EntryIds"/> was cut from, in the same order.</summary>
    public IReadOnlyList<EntrySource> Sources { get; init; } = [];
}
