// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Vectors;

/// <summary>The vector of one passage (a sentence) of an entry.</summary>
/// <param name="ContentHash">The hash of the passage's embedded text; the key of the embedding cache.</param>
/// <param name="Vector">Unit-length embedding.</param>
public sealed record PassageVector(string ContentHash, ReadOnlyMemory<float> Vector);
