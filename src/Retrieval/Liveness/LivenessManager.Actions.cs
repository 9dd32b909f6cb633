// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Internal;

namespace SalesCognition.Retrieval.Liveness;

public sealed partial class LivenessManager
{
    /// <summary>The audit action of a prune.</summary>
    public const string PruneAction = "prune";

    /// <summary>The audit action of a restore.</summary>
    public const string RestoreAction = "restore";

    /// <summary>
    /// Archives the named entries, or every live entry scoring below <see cref="PruneRequest.Below"/>, and writes an
    /// audit record; a dry run only selects. Archived entries leave search but keep their content and history.
    /// </summary>
    /// <exception cref="LivenessRequestException">No reason, both or neither of ids and threshold, threshold out of range.</exception>
    /// <exception cref="UnknownEntryException">A named entry does not exist; nothing was archived.</exception>
    public async Task<PruneResult> PruneAsync(PruneRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidatePrune(request);

        IReadOnlyList<string> ids;
        if (request.Below is { } below)
        {
            var report = await ReportAsync(
                new LivenessReportQuery { Tenant = request.Tenant, Type = request.Type },
                cancellationToken)
                .ConfigureAwait(false);
            ids = [.. report.Where(e => e.Score.Value < below).Select(e => e.EntryId)];
        }
        else
        {
            ids = await RequireKnownAsync(request.Tenant, request.EntryIds, cancellationToken).ConfigureAwait(false);
        }

        if (request.DryRun || ids.Count == 0)
        {
            return new PruneResult(ids, request.DryRun, null);
        }

        await _graph.SetArchivedAsync(request.Tenant, ids, archived: true, cancellationToken).ConfigureAwait(false);
        var audit = await _ledger.AppendAuditAsync(
            request.Tenant,
            _time.GetUtcNow(),
            request.Actor,
            PruneAction,
            request.Reason.Trim(),
            ids,
            cancellationToken).ConfigureAwait(false);
        _logger.EntriesPruned(request.Actor, ids.Count, audit.Id);
        return new PruneResult(ids, false, audit);
    }

    /// <summary>Brings archived entries back, unchanged, and writes an audit record.</summary>
    /// <exception cref="LivenessRequestException">No entry named, or no actor.</exception>
    /// <exception cref="UnknownEntryException">A named entry does not exist; nothing was restored.</exception>
    public async Task<PruneResult> RestoreAsync(
        string tenant,
        IReadOnlyList<string> entryIds,
        string actor,
        string? reason = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentNullException.ThrowIfNull(entryIds);
        if (string.IsNullOrWhiteSpace(actor))
        {
            throw new LivenessRequestException("actor", "An actor id is required.");
        }

        if (entryIds.Count == 0)
        {
            throw new LivenessRequestException("entry_ids", "Name at least one entry to restore.");
        }

        var ids = await RequireKnownAsync(tenant, entryIds, cancellationToken).ConfigureAwait(false);
        await _graph.SetArchivedAsync(tenant, ids, archived: false, cancellationToken).ConfigureAwait(false);
        var audit = await _ledger.AppendAuditAsync(
            tenant, _time.GetUtcNow(), actor, RestoreAction, reason?.Trim() ?? "", ids, cancellationToken).ConfigureAwait(false);
        _logger.EntriesRestored(actor, ids.Count, audit.Id);
        return new PruneResult(ids, false, audit);
    }

    /// <summary>Rates an entry 1 to 5, with an optional comment.</summary>
    /// <exception cref="LivenessRequestException">The score is not between 1 and 5.</exception>
    /// <exception cref="UnknownEntryException">The entry does not exist.</exception>
    public Task<EntryRating> RateAsync(
        string tenant,
        string entryId,
        int score,
        string? comment,
        UsageCaller caller,
        CancellationToken cancellationToken = default)
    {
        if (score is < 1 or > 5)
        {
            throw new LivenessRequestException("score", $"The score must be between 1 and 5 (got {score}).");
        }

        return AddRatingAsync(tenant, entryId, score, null, comment, caller, cancellationToken);
    }

    /// <summary>Rates an entry helpful (stored as 5) or not helpful (stored as 1), with an optional comment.</summary>
    /// <exception cref="UnknownEntryException">The entry does not exist.</exception>
    public Task<EntryRating> RateHelpfulAsync(
        string tenant,
        string entryId,
        bool helpful,
        string? comment,
        UsageCaller caller,
        CancellationToken cancellationToken = default) =>
        AddRatingAsync(tenant, entryId, helpful ? 5 : 1, helpful, comment, caller, cancellationToken);

    private async Task<EntryRating> AddRatingAsync(
        string tenant,
        string entryId,
        int score,
        bool? helpful,
        string? comment,
        UsageCaller caller,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        if (string.IsNullOrWhiteSpace(entryId))
        {
            throw new LivenessRequestException("entry_id", "Name the entry to rate.");
        }

        await RequireKnownAsync(tenant, [entryId], cancellationToken).ConfigureAwait(false);
        var rating = new EntryRating(
            entryId, score, helpful, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), caller, _time.GetUtcNow());
        await _ledger.AddRatingAsync(tenant, rating, cancellationToken).ConfigureAwait(false);
        _logger.EntryRated(entryId, score);
        return rating;
    }

    private static void ValidatePrune(PruneRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new LivenessRequestException(
                "reason",
                "A reason is required to prune (--reason TEXT); it goes to the audit log.");
        }

        if (string.IsNullOrWhiteSpace(request.Actor))
        {
            throw new LivenessRequestException("actor", "An actor id is required.");
        }

        if (request.EntryIds.Count > 0 == request.Below.HasValue)
        {
            throw new LivenessRequestException(
                "entry_ids",
                "Name the entries to prune, or give --below SCORE, not both.");
        }

        if (request.Below is { } below && (double.IsNaN(below) || below is <= 0 or > 1))
        {
            throw new LivenessRequestException(
                "below",
                string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"--below must be above 0 and at most 1 (got {below})."));
        }

        if (request.Type is not null && !request.Below.HasValue)
        {
            throw new LivenessRequestException(
                "type",
                "--type selects entries with --below; it does not apply to named entries.");
        }
    }

    private async Task<IReadOnlyList<string>> RequireKnownAsync(
        string tenant,
        IReadOnlyList<string> entryIds,
        CancellationToken cancellationToken)
    {
        var distinct = entryIds.Distinct(StringComparer.Ordinal).ToList();
        var known = await _graph.GetEntriesAsync(
            tenant,
            distinct,
            includeArchived: true,
            cancellationToken).ConfigureAwait(false);
        var unknown = distinct.Except(known.Select(e => e.Id), StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new UnknownEntryException(unknown);
        }

        return distinct;
    }
}
