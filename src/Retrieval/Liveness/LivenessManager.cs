// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Storage;
using SalesCognition.Retrieval.Liveness.Internal;

namespace SalesCognition.Retrieval.Liveness;

/// <summary>
/// What knowledge managers do with liveness: report the lowest-scoring entries, show one entry's metrics and
/// history, prune (archive) and restore entries with an audit record, and rate entries. Archiving goes through
/// the graph store's flag, which every read path respects; nothing is deleted.
/// </summary>
public sealed partial class LivenessManager
{
    private const int MaxRecentEvents = 100;
    private const int HistoryDays = 90;

    private readonly IGraphStore _graph;
    private readonly UsageLedger _ledger;
    private readonly INeedsReviewSource _flags;
    private readonly TimeProvider _time;
    private readonly LivenessOptions _options;
    private readonly LivenessScorer _scorer;
    private readonly ILogger<LivenessManager> _logger;

    /// <summary>Creates the manager over the graph store and the ledger.</summary>
    public LivenessManager(
        IGraphStore graph,
        UsageLedger ledger,
        INeedsReviewSource flags,
        TimeProvider time,
        IOptions<LivenessOptions> options,
        ILogger<LivenessManager> logger)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _graph = graph;
        _ledger = ledger;
        _flags = flags;
        _time = time;
        _options = options.Value;
        _scorer = new LivenessScorer(_options);
        _logger = logger;
    }

    /// <summary>The score's formula with the configured constants.</summary>
    public string Formula => _scorer.Formula;

    /// <summary>
    /// The entries with the lowest scores (lowest first; ties by id), with their metrics and why they scored low.
    /// </summary>
    /// <exception cref="LivenessRequestException"><c>Lowest</c> is below 1.</exception>
    public async Task<IReadOnlyList<EntryLiveness>> ReportAsync(
        LivenessReportQuery query,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Lowest is < 1)
        {
            throw new LivenessRequestException("lowest", $"--lowest must be at least 1 (got {query.Lowest}).");
        }

        var all = await ComputeAsync(query.Tenant, null, cancellationToken).ConfigureAwait(false);
        var selected = all
            .Where(e => query.IncludeArchived || !e.Archived)
            .Where(e => query.Type is null || string.Equals(e.Kind, query.Type, StringComparison.OrdinalIgnoreCase))
            .Where(e => query.OlderThan is not { } age || e.AgeDays >= age.TotalDays)
            .OrderBy(e => e.Score.Value)
            .ThenBy(e => e.EntryId, StringComparer.Ordinal);
        return [.. query.Lowest is { } lowest ? selected.Take(lowest) : selected];
    }

    /// <summary>The full metrics and history of one entry, archived or not.</summary>
    /// <exception cref="UnknownEntryException">The tenant has no such entry.</exception>
    public async Task<EntryHistory> ShowAsync(
        string tenant,
        string entryId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(entryId);

        var metrics = (await ComputeAsync(tenant, entryId, cancellationToken).ConfigureAwait(false)).SingleOrDefault()
            ?? throw new UnknownEntryException([entryId]);

        var now = _time.GetUtcNow();
        var firstDay = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-(HistoryDays - 1));
        var daily = new int[HistoryDays, 3];
        var recent = new Queue<UsageEvent>();
        await foreach (var usage in _ledger.ReadUsageAsync(tenant, entryId, cancellationToken).ConfigureAwait(false))
        {
            var day = DateOnly.FromDateTime(usage.At.UtcDateTime).DayNumber - firstDay.DayNumber;
            if (day is >= 0 and < HistoryDays)
            {
                daily[day, (int)usage.Kind]++;
            }

            recent.Enqueue(usage);
            if (recent.Count > MaxRecentEvents)
            {
                recent.Dequeue();
            }
        }

        var ratings = await _ledger.ReadRatingsAsync(tenant, entryId, cancellationToken).ConfigureAwait(false);
        var audit = await _ledger.ReadAuditAsync(
            tenant,
            entryId,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        var series = Enumerable.Range(0, HistoryDays)
            .Select(d => new DailyUsage(firstDay.AddDays(d), daily[d, 0], daily[d, 1], daily[d, 2]))
            .ToList();
        return new EntryHistory(metrics, series, [.. recent.Reverse()], ratings, audit);
    }

    /// <summary>The audit log, newest first.</summary>
    public Task<IReadOnlyList<AuditRecord>> AuditAsync(
        string tenant,
        int limit = 200,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        if (limit < 1)
        {
            throw new LivenessRequestException("limit", $"limit must be at least 1 (got {limit}).");
        }

        return _ledger.ReadAuditAsync(tenant, null, limit, cancellationToken);
    }
}
