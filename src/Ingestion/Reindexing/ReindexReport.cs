// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Vectors;

namespace SalesCognition.Ingestion.Reindexing;

/// <summary>What a reindex did.</summary>
/// <param name="Previous">The space the replaced index held, or null when there was none.</param>
/// <param name="Space">The space the index holds now.</param>
/// <param name="Tenants">Tenants reindexed.</param>
/// <param name="Sources">Sources reindexed.</param>
/// <param name="Entries">Entries given a vector (archived ones included).</param>
/// <param name="Embedded">Distinct texts the model embedded.</param>
public sealed record ReindexReport(
    VectorSpace? Previous,
    VectorSpace Space,
    int Tenants,
    int Sources,
    int Entries,
    int Embedded);
