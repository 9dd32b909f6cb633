// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Review;

namespace SalesCognition.Retrieval.Liveness.Internal;

/// <summary>Open <c>needs-review</c> flags as the news flagger stores them, counted per entry.</summary>
internal sealed class ReviewFlagNeedsReviewSource(IReviewFlagStore flags) : INeedsReviewSource
{
    public async Task<IReadOnlyDictionary<string, int>> CountOpenFlagsAsync(
        string tenant,
        CancellationToken cancellationToken = default)
    {
        var open = await flags.GetReviewFlagsAsync(
            tenant,
            includeResolved: false,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return open
            .Where(f => f.State == ReviewState.Open)
            .GroupBy(f => f.EntryId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }
}
