// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Graph.Model;
using SalesCognition.Retrieval.Liveness.Internal;

namespace SalesCognition.Retrieval.Liveness;

public sealed partial class LivenessManager
{
    private const string SubjectSurface = "subject";

    /// <summary>Metrics of every entry of the tenant (archived ones included), or of the one entry named.</summary>
    private async Task<List<EntryLiveness>> ComputeAsync(
        string tenant,
        string? entryId,
        CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(tenant, entryId, cancellationToken).ConfigureAwait(false);
        if (entries.Count == 0)
        {
            return [];
        }

        var now = _time.GetUtcNow();
        var sources = (await _graph.ListSourcesAsync(tenant, cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        var sourceDates = await SourceDatesAsync(tenant, entries, cancellationToken).ConfigureAwait(false);
        var tallies = entries.ToDictionary(e => e.Id, _ => new UsageTally(_options, now), StringComparer.Ordinal);
        await foreach (var usage in _ledger.ReadUsageAsync(tenant, entryId, cancellationToken).ConfigureAwait(false))
        {
            tallies.GetValueOrDefault(usage.EntryId)?.Add(usage.Kind, usage.At);
        }

        var ratings = (await _ledger.ReadRatingsAsync(tenant, entryId, cancellationToken).ConfigureAwait(false))
            .GroupBy(r => r.EntryId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Score).ToList(), StringComparer.Ordinal);
        var flags = await _flags.CountOpenFlagsAsync(tenant, cancellationToken).ConfigureAwait(false);

        var results = new List<EntryLiveness>(entries.Count);
        foreach (var entry in entries)
        {
            var (changed, from) = sourceDates.TryGetValue(entry.Id, out var date) ? (date, "source-date")
                : (sources.GetValueOrDefault(entry.SourceId)?.IngestedAt ?? now, "ingested");
            results.Add(Metrics(
                entry,
                tallies[entry.Id],
                ratings.GetValueOrDefault(entry.Id) ?? [],
                flags.GetValueOrDefault(entry.Id),
                changed,
                from,
                now));
        }

        return results;
    }

    private EntryLiveness Metrics(
        KnowledgeEntry entry,
        UsageTally tally,
        List<int> ratings,
        int needsReview,
        DateTimeOffset changed,
        string changedFrom,
        DateTimeOffset now)
    {
        var age = Math.Max(0, (now - changed).TotalDays);
        var metrics = new EntryLiveness
        {
            EntryId = entry.Id,
            Kind = entry.Kind,
            Title = entry.Title,
            Section = string.Join(" > ", entry.HeadingPath),
            SourceId = entry.SourceId,
            Archived = entry.Archived,
            Retrieved = tally.Counts(UsageKind.Retrieved),
            Shown = tally.Counts(UsageKind.Shown),
            Cited = tally.Counts(UsageKind.Cited),
            LastRetrieved = tally.LastRetrieved,
            LastCited = tally.LastCited,
            LastContentChange = changed,
            ContentChangeFrom = changedFrom,
            AgeDays = age,
            RatingAverage = ratings.Count == 0 ? null : ratings.Average(),
            RatingCount = ratings.Count,
            NeedsReview = needsReview,
            Score = _scorer.Score(tally.DecayedUses, age, ratings),
        };
        return metrics with { Reasons = Reasons(metrics, tally.TotalUses) };
    }

    private List<string> Reasons(EntryLiveness metrics, int totalUses)
    {
        var reasons = new List<string>();
        var used90 = metrics.Retrieved.Last90Days + metrics.Shown.Last90Days + metrics.Cited.Last90Days;
        if (totalUses == 0)
        {
            reasons.Add("never retrieved, shown or cited");
        }
        else if (used90 == 0)
        {
            reasons.Add("no use in the last 90 days");
        }

        if (metrics.AgeDays >= _options.FreshnessHalfLifeDays)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"content unchanged for {metrics.AgeDays:0} days"));
        }

        if (metrics.RatingAverage is < 3)
        {
            reasons.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"rated {metrics.RatingAverage:0.#}/5 ({metrics.RatingCount} ratings)"));
        }

        if (metrics.NeedsReview > 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{metrics.NeedsReview} open needs-review flags"));
        }

        return reasons;
    }

    private async Task<List<KnowledgeEntry>> EntriesAsync(
        string tenant,
        string? entryId,
        CancellationToken cancellationToken)
    {
        if (entryId is not null)
        {
            return [.. await _graph.GetEntriesAsync(
                tenant,
                [entryId],
                includeArchived: true,
                cancellationToken).ConfigureAwait(false)];
        }

        var entries = new List<KnowledgeEntry>();
        foreach (var source in await _graph.ListSourcesAsync(tenant, cancellationToken).ConfigureAwait(false))
        {
            entries.AddRange(await _graph.GetSourceEntriesAsync(
                tenant,
                source.SourceId,
                cancellationToken).ConfigureAwait(false));
        }

        return entries;
    }

    /// <summary>
    /// The source's own date (front-matter <c>date</c> of the Document, Case or NewsItem node) per entry, where stated.
    /// </summary>
    private async Task<Dictionary<string, DateTimeOffset>> SourceDatesAsync(
        string tenant,
        List<KnowledgeEntry> entries,
        CancellationToken cancellationToken)
    {
        var subjects = entries
            .SelectMany(e => e.Mentions.Where(m => m.Surface == SubjectSurface).Select(m => (Entry: e.Id, Node: m.NodeId)))
            .ToList();
        var nodeIds = subjects.Select(s => s.Node).Distinct(StringComparer.Ordinal).ToList();
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var page in nodeIds.Chunk(500))
        {
            foreach (var node in await _graph.GetNodesAsync(tenant, page, cancellationToken).ConfigureAwait(false))
            {
                if (node.Properties.TryGetValue("date", out var text) && ParseDate(text) is { } date)
                {
                    dates[node.Id] = date;
                }
            }
        }

        var byEntry = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (entry, node) in subjects)
        {
            if (dates.TryGetValue(node, out var date) && (!byEntry.TryGetValue(entry, out var known) || date > known))
            {
                byEntry[entry] = date;
            }
        }

        return byEntry;
    }

    private static DateTimeOffset? ParseDate(string text) =>
        DateTimeOffset.TryParse(
            text.Trim().Replace('/', '-'),
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var date)
            ? date
            : null;
}
