// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Review;

/// <summary>
/// Durable <c>needs-review</c> flags on knowledge entries, and the lookup that finds which entries cite a product.
/// </summary>
public interface IReviewFlagStore
{
    /// <summary>
    /// Records a flag unless one already exists for the same entry and news item (whatever its state), so a confirmed
    /// entry is never flagged again by the same news. Returns whether a new flag was written.
    /// </summary>
    Task<bool> SetReviewFlagAsync(ReviewFlag flag, CancellationToken cancellationToken = default);

    /// <summary>
    /// The flags of the tenant, newest first; only those of <paramref name="entryIds"/> when given, and only open ones
    /// unless <paramref name="includeResolved"/>.
    /// </summary>
    Task<IReadOnlyList<ReviewFlag>> GetReviewFlagsAsync(
        string tenant,
        IReadOnlyCollection<string>? entryIds = null,
        bool includeResolved = false,
        CancellationToken cancellationToken = default);

    /// <summary>Resolves the open flags of the entries (confirmed or cleared) with a note; returns how many.</summary>
    Task<int> ClearReviewFlagAsync(
        string tenant,
        IReadOnlyCollection<string> entryIds,
        ReviewState resolution,
        string? note,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes every flag held by the entries of a removed source or raised by the news it carried.</summary>
    Task<int> DeleteReviewFlagsAsync(string tenant, string sourceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The entries of the given kinds that mention any of <paramref name="nodeIds"/> (archived excluded).
    /// </summary>
    Task<IReadOnlyList<CitingEntry>> FindCitingEntriesAsync(
        string tenant,
        IReadOnlyCollection<string> nodeIds,
        IReadOnlyCollection<string> entryKinds,
        CancellationToken cancellationToken = default);
}
