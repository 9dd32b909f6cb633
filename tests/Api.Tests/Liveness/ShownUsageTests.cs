// Copyright (c) SalesCognition. All rights reserved.

using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCognition.Api.Tests.Hosting;
using SalesCognition.Api.V1;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Retrieval.Liveness;
using SalesCognition.Retrieval.Reasoning.GapAnalysis;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Liveness;

/// <summary>
/// Case matches and gap reports record a <c>shown</c> event for each entry they show, on the sample corpus and the
/// handmade MLPS tables, with a fake clock; the expected entries are worked out from the store's source entries.
/// </summary>
public sealed class ShownUsageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private InMemoryServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await InMemoryServer.StartAsync(_time);
        var handmade = Path.Combine(RepositoryPaths.Root, "tests", "EndToEnd.Tests", "GapAnalysis", "Handmade");
        var report = await _server.IngestAsync(RepositoryPaths.Samples, handmade);
        Assert.Empty(report.Failed);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task MatchCases_UnlabelledCaller_RecordsShownForTheReturnedCasesEntriesAsCrm()
    {
        var client = new CaseMatchService.CaseMatchServiceClient(_server.Channel);

        var reply = await client.MatchCasesAsync(new MatchCasesRequest { Industry = "金融", Products = { "Lumina Gateway" }, TopK = 3 });
        await FlushAsync();

        Assert.NotEmpty(reply.Matches);
        var expected = await EntriesMentioningAsync(reply.Matches.Select(m => m.CaseId));
        Assert.NotEmpty(expected);
        var shown = await ShownAsync();
        Assert.Equal(
            expected.Order(StringComparer.Ordinal),
            shown.Select(e => e.EntryId).Order(StringComparer.Ordinal));
        Assert.All(shown, e => Assert.Equal(CallerKind.Crm, e.Caller.Kind));
        Assert.All(shown, e => Assert.Equal(Now, e.At));
    }

    [Fact]
    public async Task MatchCases_ArchivedCaseEntry_IsNeitherReportedNorRecorded()
    {
        var client = new CaseMatchService.CaseMatchServiceClient(_server.Channel);
        var request = new MatchCasesRequest { Industry = "金融", Products = { "Lumina Gateway" }, TopK = 3 };
        var first = await client.MatchCasesAsync(request);
        var archived = (await EntriesMentioningAsync(first.Matches.Select(m => m.CaseId)))[0];
        await _server.Services.GetRequiredService<LivenessManager>()
            .PruneAsync(new PruneRequest { EntryIds = [archived], Reason = "test", Actor = "km" });
        await FlushAsync();
        var before = (await ShownAsync()).Count(e => e.EntryId == archived);

        await client.MatchCasesAsync(request);
        await FlushAsync();

        Assert.Equal(before, (await ShownAsync()).Count(e => e.EntryId == archived));
    }

    [Fact]
    public async Task AnalyzeComplianceGaps_ChatCaller_RecordsShownForControlAndMappingEntries()
    {
        var client = new ProposalService.ProposalServiceClient(_server.Channel);
        var headers = new Metadata { { "x-caller-kind", "chat" } };

        var reply = await client.AnalyzeComplianceGapsAsync(
            new AnalyzeComplianceGapsRequest { Standard = "mlps-2.0", Level = 3, Components = { "堡垒机" } },
            headers);
        await FlushAsync();

        var report = await _server.Services.GetRequiredService<GapAnalyzer>()
            .AnalyzeAsync(new GapProfile { Standard = "mlps-2.0", Level = "3", Components = ["堡垒机"] });
        var shown = await ShownAsync();
        var ids = shown.Select(e => e.EntryId).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(report.EntryIds.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal(report.EntryIds.Count, shown.Count);
        Assert.All(shown, e => Assert.Equal(CallerKind.Chat, e.Caller.Kind));
        var all = await AllEntriesAsync();
        foreach (var control in reply.Controls)
        {
            // Every control's own statement is shown, and at least one row behind each of its recommendations.
            var statements = all
                .Where(e => e.Kind == "control" && e.Mentions.Any(m => m.NodeId == control.NodeId))
                .Select(e => e.Id);
            Assert.All(statements, id => Assert.Contains(id, ids));
            var gap = report.Controls.Single(c => c.NodeId == control.NodeId);
            Assert.All(gap.Recommendations, r => Assert.NotEmpty(r.EntryIds));
            Assert.All(gap.Recommendations.SelectMany(r => r.EntryIds), id => Assert.Contains(id, gap.EntryIds));
        }

        Assert.Contains(report.Controls, c => c.Recommendations.Count > 0);
        Assert.Contains(all, e => e.Kind != "control" && ids.Contains(e.Id));
    }

    private async Task<List<string>> EntriesMentioningAsync(IEnumerable<string> nodeIds)
    {
        var wanted = nodeIds.ToHashSet(StringComparer.Ordinal);
        return [.. (await AllEntriesAsync()).Where(e => !e.Archived && e.Mentions.Any(m => wanted.Contains(m.NodeId))).Select(e => e.Id)];
    }

    private async Task<List<KnowledgeEntry>> AllEntriesAsync()
    {
        var graph = _server.Services.GetRequiredService<IGraphStore>();
        var entries = new List<KnowledgeEntry>();
        foreach (var source in await graph.ListSourcesAsync(TenantIds.Default))
        {
            entries.AddRange(await graph.GetSourceEntriesAsync(TenantIds.Default, source.SourceId));
        }

        return entries;
    }

    private async Task<List<UsageEvent>> ShownAsync()
    {
        var events = new List<UsageEvent>();
        await foreach (var e in _server.Services.GetRequiredService<UsageLedger>().ReadUsageAsync(TenantIds.Default))
        {
            if (e.Kind == UsageKind.Shown)
            {
                events.Add(e);
            }
        }

        return events;
    }

    private Task FlushAsync() => _server.Services.GetRequiredService<LedgerUsageRecorder>().FlushAsync();
}
