// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Vectors;

/// <summary>What the vectors of an index are: which model made them, their size and how they are compared.</summary>
/// <param name="ModelId">The embedding model's id.</param>
/// <param name="Dimensions">Vector length.</param>
/// <param name="Distance">Comparison, <c>cosine</c>.</param>
public sealed record VectorSpace(string ModelId, int Dimensions, string Distance = "cosine");
