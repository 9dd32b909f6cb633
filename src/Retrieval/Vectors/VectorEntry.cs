// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Vectors;

/// <summary>One entry's vectors: the whole text's, and one per passage when the text has several sentences.</summary>
/// <param name="EntryId">The knowledge entry.</param>
/// <param name="ContentHash">The hash of the embedded text; the key of the embedding cache.</param>
/// <param name="Vector">Unit-length embedding of the whole text.</param>
public sealed record VectorEntry(string EntryId, string ContentHash, ReadOnlyMemory<float> Vector)
{
    /// <summary>The vectors of the entry's passages, in text order; empty for a one-sentence text.</summary>
    public IReadOnlyList<PassageVector> Passages { get; init; } = [];
}
