// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Graph.Review;
using SalesCognition.Ingestion.Pipeline.Internal;

namespace SalesCognition.Ingestion.News;

/// <summary>The knowledge managers' side of review flags: the report of flagged entries, and confirmation.</summary>
public sealed class ReviewService
{
    private readonly IReviewFlagStore _flags;

    /// <summary>Creates the service.</summary>
    public ReviewService(IReviewFlagStore flags)
    {
        ArgumentNullException.ThrowIfNull(flags);

        _flags = flags;
    }

    /// <summary>The flags, newest first: open ones, or all of them (with who resolved them) when asked.</summary>
    public Task<IReadOnlyList<ReviewFlag>> ListAsync(
        bool includeResolved = false,
        string tenant = TenantIds.Default,
        CancellationToken cancellationToken = default) =>
        _flags.GetReviewFlagsAsync(tenant, null, includeResolved, cancellationToken);

    /// <summary>
    /// Confirms that an entry still holds: <paramref name="target"/> is an entry id, a source id or a source's file
    /// path (every flagged entry of it). Returns how many open flags were resolved.
    /// </summary>
    public async Task<int> ConfirmAsync(
        string target,
        string? note = null,
        string tenant = TenantIds.Default,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);

        var open = await _flags.GetReviewFlagsAsync(tenant, null, false, cancellationToken).ConfigureAwait(false);
        var path = SourceIdentity.OfPath(target);
        var entries = open.Where(f => f.EntryId == target || f.SourceId == target || f.SourceId == path)
            .Select(f => f.EntryId).Distinct(StringComparer.Ordinal).ToList();
        return await _flags.ClearReviewFlagAsync(
            tenant,
            entries,
            ReviewState.Confirmed,
            note,
            cancellationToken).ConfigureAwait(false);
    }
}
