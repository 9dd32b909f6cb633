// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Vectors;

/// <summary>One nearest-neighbour result.</summary>
/// <param name="EntryId">The knowledge entry.</param>
/// <param name="Score">Cosine similarity to the query (blended with the best passage's when passages counted).</param>
public sealed record VectorHit(string EntryId, float Score)
{
    /// <summary>The whole text's cosine similarity; null when the index did not say.</summary>
    public float? WholeScore { get; init; }

    /// <summary>The best passage's cosine similarity, or null when the entry has no passages or they did not count.</summary>
    public float? PassageScore { get; init; }
}
