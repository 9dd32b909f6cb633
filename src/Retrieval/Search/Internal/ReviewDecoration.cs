// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Review;

namespace SalesCognition.Retrieval.Search.Internal;

/// <summary>Adds the open <c>needs-review</c> flags of the hits' entries to the hits.</summary>
internal static class ReviewDecoration
{
    public static async Task<List<SearchHit>> DecorateAsync(
        IReviewFlagStore? flags,
        string tenant,
        List<SearchHit> hits,
        CancellationToken cancellationToken)
    {
        if (flags is null || hits.Count == 0)
        {
            return hits;
        }

        var open = await flags.GetReviewFlagsAsync(
            tenant,
            [.. hits.Select(h => h.Id)],
            false,
            cancellationToken).ConfigureAwait(false);
        if (open.Count == 0)
        {
            return hits;
        }

        var byEntry = open.ToLookup(f => f.EntryId, StringComparer.Ordinal);
        return [.. hits.Select(h => byEntry[h.Id].Any()
            ? h with { NeedsReview = [.. byEntry[h.Id].Select(f => new ReviewReason(f.NewsId, f.NewsTitle, f.NewsDate, f.FlaggedAt))] }
            : h)];
    }
}
