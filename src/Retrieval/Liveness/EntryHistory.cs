// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>The full metrics and history of one entry.</summary>
/// <param name="Metrics">Metrics and score.</param>
/// <param name="Daily">Uses per day over the last 90 days, oldest first, a row for every day.</param>
/// <param name="RecentEvents">The latest usage events (at most 100), newest first.</param>
/// <param name="Ratings">Every rating, oldest first.</param>
/// <param name="Audit">Every prune and restore of the entry, newest first.</param>
public sealed record EntryHistory(
    EntryLiveness Metrics,
    IReadOnlyList<DailyUsage> Daily,
    IReadOnlyList<UsageEvent> RecentEvents,
    IReadOnlyList<EntryRating> Ratings,
    IReadOnlyList<AuditRecord> Audit);
