// Copyright (c) SalesCognition. All rights reserved.

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SalesCognition.Api.V1;
using SalesCognition.Retrieval.Reasoning.GapAnalysis;

namespace SalesCognition.Api.Tests.Grpc;

/// <summary>
/// Data lineage in the replies of <c>AnalyzeComplianceGaps</c>: every control, recommendation and case names the
/// knowledge entries behind it and where they come from, checked against the graph store, over gRPC and HTTP JSON.
/// </summary>
public sealed class ProposalGrpcServiceTests(LineageFixture fixture) : IClassFixture<LineageFixture>
{
    public static TheoryData<string> Profiles => ["mlps", "nist"];

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task AnalyzeComplianceGaps_Grpc_EveryEntryIsLiveAndNamesWhatItIsAttachedTo(string profile)
    {
        var client = new ProposalService.ProposalServiceClient(fixture.Channel);

        var reply = await client.AnalyzeComplianceGapsAsync(Request(profile));

        Assert.NotEmpty(reply.EntryIds);
        var stored = await fixture.EntriesAsync(reply.EntryIds);
        Assert.Equal(reply.EntryIds.Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        foreach (var control in reply.Controls)
        {
            var owners = control.Cases.Select(c => c.Id).Append(control.NodeId).ToHashSet(StringComparer.Ordinal);
            Assert.All(control.EntryIds, id => Assert.True(
                stored[id].Mentions.Any(m => owners.Contains(m.NodeId)),
                $"entry {id} of {control.Id} names neither the control nor one of its cases"));
            Assert.All(control.Recommendations.SelectMany(r => r.EntryIds), id => Assert.True(
                stored.TryGetValue(id, out var entry) && entry.Mentions.Any(m => m.NodeId == control.NodeId),
                $"recommendation entry {id} of {control.Id} does not name the control"));
            Assert.All(
                control.Recommendations.SelectMany(r => r.EntryIds),
                id => Assert.Contains(id, control.EntryIds));
            foreach (var gapCase in control.Cases)
            {
                var expected = await fixture.EntriesMentioningAsync(gapCase.Id);
                Assert.Equal(expected.Order(StringComparer.Ordinal), gapCase.EntryIds.Order(StringComparer.Ordinal));
                Assert.All(gapCase.EntryIds, id => Assert.Contains(id, control.EntryIds));
            }
        }
    }

    [Fact]
    public async Task AnalyzeComplianceGaps_OpenControlWithCases_CarriesTheirEntriesAndEveryRecommendationsEntries()
    {
        var client = new ProposalService.ProposalServiceClient(fixture.Channel);

        var reply = await client.AnalyzeComplianceGapsAsync(Request("nist"));

        var au2 = Assert.Single(reply.Controls, c => c.Id == "AU-2");
        Assert.NotEmpty(au2.Cases);
        Assert.All(au2.Cases, c => Assert.NotEmpty(c.EntryIds));
        Assert.All(au2.Recommendations, r => Assert.NotEmpty(r.EntryIds));
        var lumina = Assert.Single(au2.Recommendations, r => r.Product == "Lumina Gateway");
        Assert.Equal(ConfidenceTier.High, lumina.Confidence);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task AnalyzeComplianceGaps_Grpc_SourcesNameEachEntrysSourceAndLocator(string profile)
    {
        var client = new ProposalService.ProposalServiceClient(fixture.Channel);

        var reply = await client.AnalyzeComplianceGapsAsync(Request(profile));

        var stored = await fixture.EntriesAsync(reply.EntryIds);
        var lists = reply.Controls.Select(c => (c.EntryIds, c.Sources))
            .Concat(reply.Controls.SelectMany(c => c.Recommendations).Select(r => (r.EntryIds, r.Sources)))
            .Concat(reply.Controls.SelectMany(c => c.Cases).Select(k => (k.EntryIds, k.Sources)))
            .ToList();
        Assert.Contains(lists, l => l.Sources.Count > 0);
        foreach (var (entryIds, sources) in lists)
        {
            Assert.Equal(entryIds, sources.Select(s => s.EntryId));
            foreach (var source in sources)
            {
                var entry = stored[source.EntryId];
                Assert.Equal(entry.SourceId, source.SourceId);
                Assert.Equal(entry.Locator.ToString(), source.Locator);
                Assert.Equal(string.Join(" > ", entry.HeadingPath), source.Section);
                Assert.Equal(await fixture.SourceUriAsync(entry.SourceId), source.SourceUri);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task AnalyzeComplianceGaps_Grpc_ReportEntryIdsAreEveryControlsEntriesOnce(string profile)
    {
        var client = new ProposalService.ProposalServiceClient(fixture.Channel);

        var reply = await client.AnalyzeComplianceGapsAsync(Request(profile));

        var expected = reply.Controls.SelectMany(c => c.EntryIds).Distinct(StringComparer.Ordinal);
        Assert.Equal(expected, reply.EntryIds);
    }

    [Fact]
    public async Task AnalyzeComplianceGaps_Grpc_CarriesTheAnalysersConfidenceAndEntries()
    {
        var client = new ProposalService.ProposalServiceClient(fixture.Channel);
        var analyzer = fixture.App.Services.GetRequiredService<GapAnalyzer>();

        var reply = await client.AnalyzeComplianceGapsAsync(Request("nist"));
        var report = await analyzer.AnalyzeAsync(
            new GapProfile { Standard = "nist-800-53-rev5", Baseline = "moderate", Components = ["Lumina Gateway"] },
            new GapAnalysisOptions { IncludeTextMatches = true });

        Assert.Equal(report.EntryIds, reply.EntryIds);
        Assert.Equal(
            report.Controls.Select(c => c.EntryIds),
            reply.Controls.Select(c => (IEnumerable<string>)c.EntryIds));
        var domain = report.Controls.SelectMany(c => c.Recommendations).ToList();
        var proto = reply.Controls.SelectMany(c => c.Recommendations).ToList();
        Assert.NotEmpty(proto);
        Assert.Equal(domain.Select(r => (r.ProductId, r.Confidence)), proto.Select(r => (r.ProductId, r.Confidence)));
        Assert.Equal(domain.Select(r => r.EntryIds), proto.Select(r => (IEnumerable<string>)r.EntryIds));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task AnalyzeComplianceGaps_HttpAndGrpc_CarryTheSameEntryIdsAndSources(string profile)
    {
        var client = new ProposalService.ProposalServiceClient(fixture.Channel);
        var http = fixture.CreateHttpClient();

        var grpc = await client.AnalyzeComplianceGapsAsync(Request(profile));
        var response = await http.PostAsJsonAsync("/v1/proposals:analyzeGaps", HttpBody(profile));

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(grpc.EntryIds, LineageFixture.Strings(root, "entryIds"));
        var controls = LineageFixture.Objects(root, "controls");
        Assert.Equal(grpc.Controls.Count, controls.Count);
        for (var i = 0; i < controls.Count; i++)
        {
            var control = grpc.Controls[i];
            Assert.Equal(control.EntryIds, LineageFixture.Strings(controls[i], "entryIds"));
            Assert.Equal(Sources(control.Sources), Sources(LineageFixture.Objects(controls[i], "sources")));
            Assert.Equal(
                control.Recommendations.Select(r => string.Join(' ', r.EntryIds)),
                LineageFixture.Objects(controls[i], "recommendations")
                    .Select(r => string.Join(' ', LineageFixture.Strings(r, "entryIds"))));
            Assert.Equal(
                control.Cases.Select(c => string.Join(' ', c.EntryIds)),
                LineageFixture.Objects(controls[i], "cases")
                    .Select(c => string.Join(' ', LineageFixture.Strings(c, "entryIds"))));
        }
    }

    private static AnalyzeComplianceGapsRequest Request(string profile) => profile switch
    {
        "mlps" => new() { Standard = "mlps-2.0", Level = 3, Components = { "堡垒机" }, IncludeTextMatches = true },
        _ => new()
        {
            Standard = "nist-800-53-rev5",
            Baseline = "moderate",
            Components = { "Lumina Gateway" },
            IncludeTextMatches = true,
        },
    };

    private static object HttpBody(string profile) => profile switch
    {
        "mlps" => new
        {
            standard = "mlps-2.0",
            level = 3,
            components = new[] { "堡垒机" },
            includeTextMatches = true,
        },
        _ => new
        {
            standard = "nist-800-53-rev5",
            baseline = "moderate",
            components = new[] { "Lumina Gateway" },
            includeTextMatches = true,
        },
    };

    private static IEnumerable<(string, string, string, string)> Sources(IEnumerable<GapSource> sources) =>
        sources.Select(s => (s.EntryId, s.SourceId, s.SourceUri, s.Locator));

    private static IEnumerable<(string, string, string, string)> Sources(IEnumerable<JsonElement> sources) =>
        sources.Select(s => (
            LineageFixture.Text(s, "entryId"),
            LineageFixture.Text(s, "sourceId"),
            LineageFixture.Text(s, "sourceUri"),
            LineageFixture.Text(s, "locator")));
}
