// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Model;

/// <summary>Where an entry stands in its source.</summary>
/// <param name="Start">First character of the range in the source text, or -1 when the source is structured data.</param>
/// <param name="End">Character after the range, or -1.</param>
/// <param name="Path">Structural path for structured sources (for example <c>controls/ac-2</c>); empty for text.</param>
public sealed record SourceLocator(int Start, int End, string Path)
{
    /// <summary>A character range in a text source.</summary>
    public static SourceLocator Range(int start, int end) => new(start, end, "");

    /// <summary>A structural path in a structured source.</summary>
    public static SourceLocator At(string path) => new(-1, -1, path);

    /// <inheritdoc />
    public override string ToString() => Start >= 0 ? $"chars {Start}-{End}" : Path;
}
