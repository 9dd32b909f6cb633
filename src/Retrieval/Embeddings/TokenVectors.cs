// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Embeddings;

/// <summary>A text's word pieces: their ids in the model's vocabulary and their unit-length contextual vectors.</summary>
/// <param name="Ids">The word-piece ids, in order (special tokens excluded).</param>
/// <param name="Vectors">One vector per id, in the same order.</param>
public sealed record TokenVectors(IReadOnlyList<int> Ids, IReadOnlyList<float[]> Vectors);
