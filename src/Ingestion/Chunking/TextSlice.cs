// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Chunking;

/// <summary>A chunk as a range of its section's text: <c>text.Substring(Start, Length)</c>.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
internal readonly record struct TextSlice(int Start, int Length)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;
}
