// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Vectors;

/// <summary>The vector of one knowledge entry.</summary>
/// <param name="EntryId">Id of the knowledge entry.</param>
/// <param name="ContentHash">Hash of the embedded text; equal texts share one stored vector.</param>
/// <param name="Vector">The embedding, unit length.</param>
public sealed record VectorEntry(string EntryId, string ContentHash, ReadOnlyMemory<float> Vector);
