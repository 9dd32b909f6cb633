// Copyright (c) SalesCognition. All rights reserved.

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCognition.Api.Tests.Hosting;
using SalesCognition.Api.V1;
using SalesCognition.Retrieval.Liveness;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Liveness;

/// <summary>LivenessService over gRPC and its JSON transcoding, on the sample corpus, with a fake clock.</summary>
public sealed class LivenessServiceTests : IAsyncLifetime
{
    private const string Query = "audit log";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));
    private InMemoryServer _server = null!;

    private LivenessService.LivenessServiceClient Liveness => new(_server.Channel);

    private KnowledgeService.KnowledgeServiceClient Knowledge => new(_server.Channel);

    private HttpClient Http => _server.CreateHttpClient();

    public async Task InitializeAsync()
    {
        _server = await InMemoryServer.StartAsync(_time);
        var report = await _server.IngestAsync(RepositoryPaths.Samples);
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
    public async Task Prune_ThenSearch_EntryNeverAppearsAndRestoreBringsItBackWithItsHistory()
    {
        var before = await Knowledge.SearchAsync(new SearchRequest { Query = Query, TopK = 10 });
        var target = before.Hits[0].Id;
        await FlushAsync();
        var retrievedBefore = (await Liveness.ShowEntryAsync(new LivenessShowRequest { EntryId = target })).Entry.Retrieved.Total;

        var pruned = await Http.PostAsJsonAsync(
            "/v1/liveness:prune",
            new { entryIds = new[] { target }, reason = "superseded", actor = "km-1" });
        pruned.EnsureSuccessStatusCode();
        var searchesWhileArchived = new List<string>();
        foreach (var query in new[] { Query, before.Hits[0].Title, before.Hits[0].Snippet })
        {
            var hits = (await Knowledge.SearchAsync(new SearchRequest { Query = query, TopK = 100 })).Hits;
            searchesWhileArchived.AddRange(hits.Select(h => h.Id));
        }

        var archived = await Liveness.ShowEntryAsync(new LivenessShowRequest { EntryId = target });
        await Liveness.RestoreAsync(new LivenessRestoreRequest { EntryIds = { target }, Actor = "km-2", Reason = "still sold" });
        var after = await Knowledge.SearchAsync(new SearchRequest { Query = Query, TopK = 10 });
        await FlushAsync();
        var restored = await Liveness.ShowEntryAsync(new LivenessShowRequest { EntryId = target });

        Assert.DoesNotContain(target, searchesWhileArchived);
        Assert.True(archived.Entry.Archived);
        Assert.Equal(before.Hits.Select(h => h.Id), after.Hits.Select(h => h.Id));
        Assert.False(restored.Entry.Archived);
        Assert.Equal(retrievedBefore + 1, restored.Entry.Retrieved.Total);
        Assert.Equal(["restore", "prune"], restored.Audit.Select(a => a.Action));
    }

    [Fact]
    public async Task Audit_AfterPruneAndRestore_RecordsWhoWhenWhyAndWhat()
    {
        var target = (await Knowledge.SearchAsync(new SearchRequest { Query = Query, TopK = 1 })).Hits[0].Id;
        await Liveness.PruneAsync(new LivenessPruneRequest { EntryIds = { target }, Reason = "outdated pricing", Actor = "km-1" });
        _time.Advance(TimeSpan.FromMinutes(5));
        await Liveness.RestoreAsync(new LivenessRestoreRequest { EntryIds = { target }, Actor = "km-2" });

        using var json = JsonDocument.Parse(await Http.GetStringAsync("/v1/liveness/audit"));

        var records = json.RootElement.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal(["restore", "prune"], records.Select(r => r.GetProperty("action").GetString()));
        Assert.Equal(["km-2", "km-1"], records.Select(r => r.GetProperty("actor").GetString()));
        Assert.Equal("outdated pricing", records[1].GetProperty("reason").GetString());
        Assert.Equal("2025-06-01T08:00:00Z", records[1].GetProperty("at").GetString());
        Assert.Equal("2025-06-01T08:05:00Z", records[0].GetProperty("at").GetString());
        Assert.All(
            records,
            r => Assert.Equal([target], r.GetProperty("entryIds").EnumerateArray().Select(i => i.GetString())));
    }

    [Fact]
    public async Task Prune_DryRunBelowScore_ChangesNothingAndWritesNoAudit()
    {
        await Knowledge.SearchAsync(new SearchRequest { Query = Query, TopK = 3 });
        await FlushAsync();
        var report = await Liveness.ReportAsync(new LivenessReportRequest());
        var threshold = report.Entries[^1].Score;

        var dry = await Liveness.PruneAsync(new LivenessPruneRequest { Below = threshold, DryRun = true, Reason = "trial" });

        Assert.True(dry.DryRun);
        Assert.Equal(report.Entries.Where(e => e.Score < threshold).Select(e => e.EntryId).Order(), dry.EntryIds.Order());
        Assert.NotEmpty(dry.EntryIds);
        Assert.Null(dry.Audit);
        Assert.Empty((await Liveness.AuditAsync(new LivenessAuditRequest())).Records);
        Assert.All((await Liveness.ReportAsync(new LivenessReportRequest())).Entries, e => Assert.False(e.Archived));
    }

    [Fact]
    public async Task Prune_UnknownEntry_IsNotFoundAndPrunesNothing()
    {
        var known = (await Liveness.ReportAsync(new LivenessReportRequest { Lowest = 1 })).Entries[0].EntryId;

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Liveness.PruneAsync(new LivenessPruneRequest { EntryIds = { known, "e-00000000000000000000" }, Reason = "x" }));
        var http = await Http.PostAsJsonAsync(
            "/v1/liveness:prune",
            new { entryIds = new[] { "e-00000000000000000000" }, reason = "x" });

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains("e-00000000000000000000", error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, http.StatusCode);
        Assert.False((await Liveness.ShowEntryAsync(new LivenessShowRequest { EntryId = known })).Entry.Archived);
    }

    [Theory]
    [InlineData("", "reason")]
    [InlineData("   ", "reason")]
    public async Task Prune_MissingReason_IsInvalidArgumentNamingReason(string reason, string field)
    {
        var known = (await Liveness.ReportAsync(new LivenessReportRequest { Lowest = 1 })).Entries[0].EntryId;

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Liveness.PruneAsync(new LivenessPruneRequest { EntryIds = { known }, Reason = reason }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.2)]
    public async Task Prune_BelowOutOfRange_IsInvalidArgumentNamingBelow(double below)
    {
        var response = await Http.PostAsJsonAsync("/v1/liveness:prune", new { below, reason = "cleanup" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("below", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public async Task Rate_ScoreOutOfRange_IsInvalidArgumentNamingScore(int score)
    {
        var known = (await Liveness.ReportAsync(new LivenessReportRequest { Lowest = 1 })).Entries[0].EntryId;

        var response = await Http.PostAsJsonAsync($"/v1/entries/{known}:rate", new { score });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("score", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_OverHttp_IsShownInTheEntrysMetricsAndHistory()
    {
        var known = (await Liveness.ReportAsync(new LivenessReportRequest { Lowest = 1 })).Entries[0].EntryId;

        (await Http.PostAsJsonAsync(
            $"/v1/entries/{known}:rate",
            new { score = 4, comment = "handy", callerId = "rep-7" })).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync(
            $"/v1/entries/{known}:rate",
            new { verdict = "not-helpful" })).EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await Http.GetStringAsync($"/v1/liveness/entries/{known}"));

        var entry = json.RootElement.GetProperty("entry");
        Assert.Equal(2, entry.GetProperty("ratingCount").GetInt32());
        Assert.Equal(2.5, entry.GetProperty("ratingAverage").GetDouble());
        var ratings = json.RootElement.GetProperty("ratings").EnumerateArray().ToList();
        Assert.Equal("handy", ratings[0].GetProperty("comment").GetString());
        Assert.Equal(UsageCaller.OpaqueId("rep-7"), ratings[0].GetProperty("callerId").GetString());
        Assert.Equal("not-helpful", ratings[1].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Rate_UnknownEntry_IsNotFound()
    {
        var response = await Http.PostAsJsonAsync("/v1/entries/e-00000000000000000000:rate", new { score = 3 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Report_OverHttpWithFilters_ListsOnlyThatKindOldEnough()
    {
        _time.Advance(TimeSpan.FromDays(200));

        using var json = JsonDocument.Parse(await Http.GetStringAsync("/v1/liveness/report?type=case&older_than=180d&lowest=50"));
        using var none = JsonDocument.Parse(await Http.GetStringAsync("/v1/liveness/report?type=case&older_than=300d"));

        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal("case", e.GetProperty("kind").GetString()));
        Assert.All(entries, e => Assert.True(e.GetProperty("ageDays").GetDouble() >= 180));
        Assert.Equal(
            entries.Select(e => e.GetProperty("score").GetDouble()).Order(),
            entries.Select(e => e.GetProperty("score").GetDouble()));
        Assert.Equal(3, entries[0].GetProperty("terms").GetArrayLength());
        Assert.Empty(none.RootElement.GetProperty("entries").EnumerateArray());
        Assert.Contains("2^(", json.RootElement.GetProperty("formula").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MalformedAge_IsBadRequestNamingTheField()
    {
        var response = await Http.GetAsync("/v1/liveness/report?older_than=soon");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("older_than", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_OverGrpc_RecordsRetrievedEventsWithTheCallersKindAndHashedId()
    {
        var headers = new Metadata { { "x-caller-kind", "crm" }, { "x-caller-id", "opportunity-42" } };

        var hits = (await Knowledge.SearchAsync(new SearchRequest { Query = Query, TopK = 3 }, headers)).Hits;
        await FlushAsync();
        var history = await Liveness.ShowEntryAsync(new LivenessShowRequest { EntryId = hits[0].Id });

        var usage = Assert.Single(history.RecentEvents);
        Assert.Equal("retrieved", usage.Kind);
        Assert.Equal("crm", usage.CallerKind);
        Assert.Equal(UsageCaller.OpaqueId("opportunity-42"), usage.CallerId);
        Assert.Equal(1, history.Daily[^1].Retrieved);
    }

    [Fact]
    public async Task Page_Root_ServesTheHtmlAndItsScriptAndStyle()
    {
        var html = await Http.GetAsync("/");
        var script = await Http.GetStringAsync("/liveness.js");
        var style = await Http.GetAsync("/liveness.css");

        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains(
            "<script src=\"/liveness.js\">",
            await html.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Contains("/v1/liveness/report", script, StringComparison.Ordinal);
        Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);
    }

    private Task FlushAsync() => _server.Services.GetRequiredService<LedgerUsageRecorder>().FlushAsync();
}
