// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Search.Internal;

/// <summary>How much the vector leg counts for one query, and why it counts less than configured.</summary>
/// <param name="Weight">The leg's weight in fusion; 0 means the leg is skipped.</param>
/// <param name="Note">The reason for a lower weight, or null.</param>
internal sealed record VectorLegDecision(double Weight, string? Note)
{
    public bool Skipped => Weight <= 0;
}
