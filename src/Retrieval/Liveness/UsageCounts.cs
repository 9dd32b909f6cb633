// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>How often an entry was used in one way, over the last 7, 30 and 90 days and in total.</summary>
/// <param name="Last7Days">Uses in the last 7 days.</param>
/// <param name="Last30Days">Uses in the last 30 days.</param>
/// <param name="Last90Days">Uses in the last 90 days.</param>
/// <param name="Total">All uses.</param>
public sealed record UsageCounts(int Last7Days, int Last30Days, int Last90Days, int Total)
{
    /// <summary>No use at all.</summary>
    public static UsageCounts None { get; } = new(0, 0, 0, 0);
}
