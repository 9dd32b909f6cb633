// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Vectors;

/// <summary>A nearest-neighbour match.</summary>
/// <param name="EntryId">Id of the knowledge entry.</param>
/// <param name="Score">Cosine similarity with the query.</param>
public sealed record VectorHit(string EntryId, float Score);
