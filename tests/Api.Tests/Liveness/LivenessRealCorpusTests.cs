// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text.RegularExpressions;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCognition.Api.Tests.Hosting;
using SalesCognition.Api.V1;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Retrieval.Liveness;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Liveness;

/// <summary>
/// A simulated usage stream over real documents: old product docs and newer competitor news, searches, citations and
/// ratings over 60 days on a fake clock. The report must list exactly the old entries nobody used, in the order the
/// documented formula gives, which this test computes on its own from what it did.
/// </summary>
public sealed partial class LivenessRealCorpusTests : IAsyncLifetime
{
    // The documented defaults of Liveness:* (README), restated here rather than read from the code under test.
    private const double UsageWeight = 0.6;
    private const double FreshnessWeight = 0.25;
    private const double RatingWeight = 0.15;
    private const double UsageHalfLife = 30;
    private const double FreshnessHalfLife = 180;
    private const double Saturation = 3;
    private const double PriorCount = 2;

    private static readonly string[] OldFolders = ["product-docs-opensearch", "docs", "_security-analytics"];
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly List<(string EntryId, UsageKind Kind, DateTimeOffset At)> _events = [];
    private readonly Dictionary<string, List<int>> _ratings = [];
    private InMemoryServer? _server;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [RequiresDataFact("product-docs-opensearch/docs/_security-analytics")]
    public async Task Report_AfterSimulatedUsage_ListsExactlyTheOldNeverUsedEntriesInFormulaOrder()
    {
        var entries = await IngestAsync();
        await SimulateUsageAsync(entries);
        var now = _time.GetUtcNow();
        var expected = entries
            .Select(e => (e.Entry.Id, e.Old, Score: ExpectedScore(e.Entry.Id, e.ContentDate, now)))
            .ToList();
        var used = _events.Select(e => e.EntryId).ToHashSet(StringComparer.Ordinal);
        var neverUsedOld = expected.Where(e => e.Old && !used.Contains(e.Id))
            .OrderBy(e => e.Score).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

        var report = await _server!.Services.GetRequiredService<LivenessManager>().ReportAsync(
            new LivenessReportQuery { OlderThan = TimeSpan.FromDays(180), Lowest = neverUsedOld.Count });
        var full = await _server.Services.GetRequiredService<LivenessManager>().ReportAsync(new LivenessReportQuery());

        Assert.InRange(neverUsedOld.Count, 10, expected.Count(e => e.Old) - 5);
        Assert.Equal(neverUsedOld.Select(e => e.Id), report.Select(e => e.EntryId));
        Assert.All(report, e => Assert.Contains("never retrieved, shown or cited", e.Reasons));
        var byId = expected.ToDictionary(e => e.Id, e => e.Score, StringComparer.Ordinal);
        Assert.All(full, e => Assert.Equal(byId[e.EntryId], e.Score.Value, 9));
        Assert.Equal(
            expected.OrderBy(e => e.Score).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id),
            full.Select(e => e.EntryId));
    }

    /// <summary>
    /// Ingests the old documents, then 200 days later the news; returns every entry with its content date.
    /// </summary>
    private async Task<List<(KnowledgeEntry Entry, bool Old, DateTimeOffset ContentDate)>> IngestAsync()
    {
        _server = await InMemoryServer.StartAsync(_time);

        Assert.Empty((await _server.IngestAsync(RepositoryPaths.Data(OldFolders))).Failed);
        var oldIngested = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromDays(200));
        Assert.Empty((await _server.IngestAsync(
            // Release notes carry no dates of their own, so their content date is the ingestion time; changelogs and
            // Pelican news are dated per section by their readers, which this test's plain date pattern does not follow.
            RepositoryPaths.Data("competitor-news", "opensearch-release-notes"))).Failed);
        var newIngested = _time.GetUtcNow();

        var graph = _server.Services.GetRequiredService<IGraphStore>();
        var oldPrefix = Path.GetFullPath(RepositoryPaths.Data(OldFolders));
        var entries = new List<(KnowledgeEntry, bool, DateTimeOffset)>();
        foreach (var source in await graph.ListSourcesAsync(TenantIds.Default))
        {
            var old = Path.GetFullPath(source.Uri.Replace("file://", "", StringComparison.Ordinal)).StartsWith(
                oldPrefix,
                StringComparison.Ordinal)
                || source.SourceId.Contains("_security-analytics", StringComparison.Ordinal);
            var date = FrontMatterDate(source.Uri) ?? (old ? oldIngested : newIngested);
            foreach (var entry in await graph.GetSourceEntriesAsync(TenantIds.Default, source.SourceId))
            {
                entries.Add((entry, old, date));
            }
        }

        return entries;
    }

    /// <summary>
    /// 60 days of searches from chat and the CRM for a quarter of the old entries and half of the new ones; citations;
    /// ratings.
    /// </summary>
    private async Task SimulateUsageAsync(List<(KnowledgeEntry Entry, bool Old, DateTimeOffset ContentDate)> entries)
    {
        var knowledge = new KnowledgeService.KnowledgeServiceClient(_server!.Channel);
        var liveness = new LivenessService.LivenessServiceClient(_server.Channel);
        var recorder = _server.Services.GetRequiredService<IUsageRecorder>();
        var random = new Random(20250101);
        var ordered = entries.OrderBy(e => e.Entry.Id, StringComparer.Ordinal).ToList();
        var subset = ordered.Where((e, i) => e.Old ? i % 4 == 0 : i % 2 == 0).Select(e => e.Entry).ToList();
        for (var day = 0; day < 60; day++)
        {
            foreach (var entry in subset.Where(_ => random.NextDouble() < 0.15))
            {
                var query = string.Join(
                    ' ',
                    (entry.Title + " " + entry.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(12));
                var headers = new Metadata
                {
                    { "x-caller-kind", random.Next(2) == 0 ? "chat" : "crm" },
                    { "x-caller-id", "rep-" + random.Next(5) },
                };
                var hits = (await knowledge.SearchAsync(new SearchRequest { Query = query, TopK = 3 }, headers)).Hits;
                _events.AddRange(hits.Select(h => (h.Id, UsageKind.Retrieved, _time.GetUtcNow())));
                if (random.NextDouble() < 0.3)
                {
                    recorder.Record(
                        TenantIds.Default,
                        [hits[0].Id],
                        UsageKind.Cited,
                        UsageCaller.Anonymous(CallerKind.Chat));
                    _events.Add((hits[0].Id, UsageKind.Cited, _time.GetUtcNow()));
                }

                _time.Advance(TimeSpan.FromMinutes(37));
            }

            _time.Advance(TimeSpan.FromDays(1));
        }

        foreach (var (entry, score) in subset.Take(4).Zip([5, 4, 3, 5]))
        {
            await liveness.RateAsync(new LivenessRateRequest { EntryId = entry.Id, Score = score, CallerId = "km" });
            _ratings.TryAdd(entry.Id, []);
            _ratings[entry.Id].Add(score);
        }

        await _server.Services.GetRequiredService<LedgerUsageRecorder>().FlushAsync();
        _time.Advance(TimeSpan.FromDays(1));
    }

    /// <summary>The formula of the README, computed from the events this test generated.</summary>
    private double ExpectedScore(string entryId, DateTimeOffset contentDate, DateTimeOffset now)
    {
        var decayed = _events.Where(e => e.EntryId == entryId)
            .Sum(e => (e.Kind switch { UsageKind.Cited => 4.0, UsageKind.Shown => 2.0, _ => 1.0 })
                * Math.Pow(0.5, (now - e.At).TotalDays / UsageHalfLife));
        var usage = decayed / (decayed + Saturation);
        var freshness = Math.Pow(0.5, (now - contentDate).TotalDays / FreshnessHalfLife);
        var ratings = _ratings.GetValueOrDefault(entryId) ?? [];
        var rating = (PriorCount * 0.5 + ratings.Sum(r => (r - 1) / 4.0)) / (PriorCount + ratings.Count);
        return UsageWeight * usage + FreshnessWeight * freshness + RatingWeight * rating;
    }

    /// <summary>The <c>date:</c> of a Markdown file's front matter, read here with a plain pattern.</summary>
    private static DateTimeOffset? FrontMatterDate(string uri)
    {
        var path = uri.StartsWith("file://", StringComparison.Ordinal) ? new Uri(uri).LocalPath : uri;
        if (!File.Exists(path))
        {
            return null;
        }

        var match = FrontMatterDatePattern().Match(File.ReadAllText(path));
        return match.Success
            ? DateTimeOffset.ParseExact(
                match.Groups[1].Value.Trim(), ["yyyy/MM/dd", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : null;
    }

    [GeneratedRegex(@"\A---\r?\n(?:(?!---)[^\n]*\n)*?date:\s*([0-9/\-]+)\s*\r?\n", RegexOptions.CultureInvariant)]
    private static partial Regex FrontMatterDatePattern();
}
