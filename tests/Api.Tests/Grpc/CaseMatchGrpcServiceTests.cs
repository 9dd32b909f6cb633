// Copyright (c) SalesCognition. All rights reserved.

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SalesCognition.Api.V1;
using SalesCognition.Retrieval.Reasoning.CaseMatching;

namespace SalesCognition.Api.Tests.Grpc;

/// <summary>
/// Data lineage in the replies of <c>MatchCases</c>: every match names the knowledge entries of its case and where
/// they come from, checked against the graph store, over gRPC and HTTP JSON alike.
/// </summary>
public sealed class CaseMatchGrpcServiceTests(LineageFixture fixture) : IClassFixture<LineageFixture>
{
    private static MatchCasesRequest Request() => new()
    {
        Industry = "金融",
        Products = { "Lumina Gateway" },
        TopK = 5,
        IncludeRisks = true,
    };

    [Fact]
    public async Task MatchCases_Grpc_EachMatchCarriesExactlyTheLiveEntriesOfItsCase()
    {
        var client = new CaseMatchService.CaseMatchServiceClient(fixture.Channel);

        var reply = await client.MatchCasesAsync(Request());

        var all = reply.Matches.Concat(reply.Risks).ToList();
        Assert.Contains(all, m => m.EntryIds.Count > 0);
        var stored = await fixture.EntriesAsync(all.SelectMany(m => m.EntryIds));
        foreach (var match in all)
        {
            Assert.All(match.EntryIds, id => Assert.True(
                stored.TryGetValue(id, out var entry) && entry.Mentions.Any(m => m.NodeId == match.CaseId),
                $"entry {id} of {match.CaseId} is not a live entry naming that case"));
            var expected = await fixture.EntriesMentioningAsync(match.CaseId);
            Assert.Equal(expected.Order(StringComparer.Ordinal), match.EntryIds.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task MatchCases_Grpc_SourcesNameEachEntrysSourceAndLocator()
    {
        var client = new CaseMatchService.CaseMatchServiceClient(fixture.Channel);

        var reply = await client.MatchCasesAsync(Request());

        var all = reply.Matches.Concat(reply.Risks).ToList();
        Assert.Contains(all, m => m.Sources.Count > 0);
        var stored = await fixture.EntriesAsync(all.SelectMany(m => m.EntryIds));
        foreach (var match in all)
        {
            Assert.Equal(match.EntryIds, match.Sources.Select(s => s.EntryId));
            foreach (var source in match.Sources)
            {
                var entry = stored[source.EntryId];
                Assert.Equal(entry.SourceId, source.SourceId);
                Assert.Equal(entry.Locator.ToString(), source.Locator);
                Assert.Equal(string.Join(" > ", entry.HeadingPath), source.Section);
                Assert.Equal(await fixture.SourceUriAsync(entry.SourceId), source.SourceUri);
                Assert.NotEmpty(source.SourceUri);
            }
        }
    }

    [Fact]
    public async Task MatchCases_Grpc_ShownEntryIdsAreEveryMatchAndRiskEntryOnceInOrder()
    {
        var client = new CaseMatchService.CaseMatchServiceClient(fixture.Channel);

        var reply = await client.MatchCasesAsync(Request());

        var expected = reply.Matches.Concat(reply.Risks).SelectMany(m => m.EntryIds).Distinct(StringComparer.Ordinal);
        Assert.NotEmpty(reply.ShownEntryIds);
        Assert.Equal(expected, reply.ShownEntryIds);
    }

    [Fact]
    public async Task MatchCases_Grpc_CarriesTheMatchersScoresAndEntries()
    {
        var client = new CaseMatchService.CaseMatchServiceClient(fixture.Channel);
        var matcher = fixture.App.Services.GetRequiredService<CaseMatcher>();

        var reply = await client.MatchCasesAsync(Request());
        var domain = await matcher.MatchAsync(new CaseMatchRequest
        {
            Industry = "金融",
            Products = ["Lumina Gateway"],
            Top = 5,
            IncludeRisks = true,
        });

        Assert.Equal(domain.Matches.Select(m => m.CaseId), reply.Matches.Select(m => m.CaseId));
        Assert.Equal(domain.Matches.Select(m => m.Score), reply.Matches.Select(m => m.Score));
        Assert.Equal(
            domain.Matches.Select(m => m.Facets.Products),
            reply.Matches.Select(m => (double?)m.Facets.Products));
        Assert.Equal(domain.Matches.SelectMany(m => m.EntryIds), reply.Matches.SelectMany(m => m.EntryIds));
        Assert.Equal(domain.Risks.SelectMany(m => m.EntryIds), reply.Risks.SelectMany(m => m.EntryIds));
        Assert.Equal(domain.ShownEntryIds, reply.ShownEntryIds);
    }

    [Fact]
    public async Task MatchCases_HttpAndGrpc_CarryTheSameEntryIdsAndSources()
    {
        var client = new CaseMatchService.CaseMatchServiceClient(fixture.Channel);
        var http = fixture.CreateHttpClient();

        var grpc = await client.MatchCasesAsync(Request());
        var response = await http.PostAsJsonAsync(
            "/v1/opportunities:matchCases",
            new { industry = "金融", products = new[] { "Lumina Gateway" }, topK = 5, includeRisks = true });

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.NotEmpty(grpc.ShownEntryIds);
        Assert.Equal(grpc.ShownEntryIds, LineageFixture.Strings(root, "shownEntryIds"));
        var grpcMatches = grpc.Matches.Concat(grpc.Risks).ToList();
        var httpMatches = LineageFixture.Objects(root, "matches")
            .Concat(LineageFixture.Objects(root, "risks"))
            .ToList();
        Assert.Equal(grpcMatches.Select(m => m.CaseId), httpMatches.Select(m => m.GetProperty("caseId").GetString()));
        for (var i = 0; i < grpcMatches.Count; i++)
        {
            Assert.Equal(grpcMatches[i].EntryIds, LineageFixture.Strings(httpMatches[i], "entryIds"));
            Assert.Equal(
                grpcMatches[i].Sources.Select(s => (s.EntryId, s.SourceId, s.SourceUri, s.Locator)),
                LineageFixture.Objects(httpMatches[i], "sources").Select(s => (
                    LineageFixture.Text(s, "entryId"),
                    LineageFixture.Text(s, "sourceId"),
                    LineageFixture.Text(s, "sourceUri"),
                    LineageFixture.Text(s, "locator"))));
        }
    }
}
