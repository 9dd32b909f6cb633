// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Search;

/// <summary>The names of the fusion methods of <see cref="RetrievalOptions.Fusion"/>.</summary>
public static class FusionMethods
{
    /// <summary>Reciprocal rank fusion: a hit at rank r in a leg adds weight / (k + r).</summary>
    public const string ReciprocalRank = "rrf";

    /// <summary>
    /// Score fusion: each leg's scores are min-max normalised over its candidates to 0..1 and added with the legs'
    /// weights; an entry a leg did not return gets 0 from it.
    /// </summary>
    public const string MinMax = "minmax";

    /// <summary>Whether <paramref name="name"/> is a known method.</summary>
    public static bool IsKnown(string? name) => name is ReciprocalRank or MinMax;
}
