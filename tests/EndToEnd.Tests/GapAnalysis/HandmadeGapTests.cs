// Copyright (c) SalesCognition. All rights reserved.

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using SalesCognition.Api.V1;
using SalesCognition.Retrieval.Reasoning.GapAnalysis;

namespace SalesCognition.EndToEnd.Tests.GapAnalysis;

/// <summary>Gap analysis over small handmade tables: reviewed reports, statuses, errors, gRPC and HTTP.</summary>
public sealed class HandmadeGapTests(HandmadeGapFixture fixture) : IClassFixture<HandmadeGapFixture>
{
    [Fact]
    public void Ingest_HandmadeRemediation_ReportsTheUnattachedRowWithItsReason()
    {
        var warnings = fixture.Host.Ingest.Sources.SelectMany(r => r.Warnings).ToList();

        Assert.Empty(fixture.Host.Ingest.Failed);
        var row3 = Assert.Single(warnings, w => w.Contains("remediation row 3 ", StringComparison.Ordinal));
        Assert.Contains("安全管理中心", row3, StringComparison.Ordinal);
        Assert.DoesNotContain(warnings, w => w.Contains("remediation row 1 ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mlps-profile.yaml", "mlps-report.md")]
    [InlineData("nist-profile.json", "nist-report.md")]
    public async Task AnalyzeAsync_HandmadeProfile_MatchesTheReviewedReport(string profile, string expected)
    {
        var parsed = GapProfileReader.Parse(await File.ReadAllTextAsync(GapPaths.Profile(profile)));

        var report = await fixture.Host.Analyzer.AnalyzeAsync(parsed);

        Approvals.Verify(GapPaths.Expected(expected), GapMarkdownWriter.Write(report));
    }

    [Fact]
    public async Task AnalyzeAsync_ComponentsAndImplemented_ChangeStatusesWithEvidence()
    {
        var parsed = GapProfileReader.Parse(await File.ReadAllTextAsync(GapPaths.Profile("mlps-profile.yaml")));

        var report = await fixture.Host.Analyzer.AnalyzeAsync(parsed);

        var byId = report.Controls.ToDictionary(c => c.Id);
        Assert.Equal(GapStatus.Met, byId["GEN-001"].Status);
        Assert.Contains(byId["GEN-001"].Evidence, e => e.Contains("GEN-001 已实现", StringComparison.Ordinal));
        Assert.Equal(GapStatus.NotApplicable, byId["GEN-005"].Status);
        Assert.Equal(GapStatus.Partial, byId["GEN-002"].Status);
        Assert.Contains(
            byId["GEN-002"].Evidence,
            e => e.Contains("'堡垒机'", StringComparison.Ordinal) && e.Contains("第 1 行", StringComparison.Ordinal));
        Assert.Equal(GapStatus.Partial, byId["GEN-003"].Status);
        Assert.Contains(byId["GEN-003"].Evidence, e => e.Contains("'WAF'", StringComparison.Ordinal));
        Assert.Equal(GapStatus.Gap, byId["GEN-004"].Status);
        Assert.Equal(GapStatus.Gap, byId["CLOUD-001"].Status);
    }

    [Fact]
    public async Task AnalyzeAsync_NoComponents_LeavesTheSameItemsOpenAsGaps()
    {
        var report = await fixture.Host.Analyzer.AnalyzeAsync(new GapProfile { Standard = "mlps-2.0", Level = "3" });

        Assert.Equal(5, report.Summary.Required);
        Assert.Equal(5, report.Summary.Gap);
        var advised = Assert.Single(report.Controls.Single(c => c.Id == "GEN-002").Recommendations);
        Assert.Equal(ConfidenceTier.Medium, advised.Confidence);
        Assert.Contains("row 1", advised.Lineage[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_LuminaGatewayRun_MeetsWhatItImplementsAndCitesTheCase()
    {
        var parsed = GapProfileReader.Parse(await File.ReadAllTextAsync(GapPaths.Profile("nist-profile.json")));

        var report = await fixture.Host.Analyzer.AnalyzeAsync(parsed);

        var byId = report.Controls.ToDictionary(c => c.Id);
        Assert.Equal(GapStatus.Met, byId["IA-2(1)"].Status);
        Assert.Contains(byId["IA-2(1)"].Evidence, e => e.Contains("Lumina Gateway", StringComparison.Ordinal));
        Assert.Equal(GapStatus.Partial, byId["AU-2"].Status);
        Assert.Equal(GapStatus.Gap, byId["AC-2"].Status);
        Assert.DoesNotContain(byId["AC-2"].Recommendations, r => r.Product == "Lumina Gateway");
        var open = Assert.Single(byId["AU-2"].Recommendations, r => r.Product == "Lumina Gateway");
        Assert.Equal(ConfidenceTier.High, open.Confidence);
        Assert.Contains(byId["AU-2"].Cases, c => c.Product == "Lumina Gateway");
    }

    [Theory]
    [InlineData("standard: iso-99999\nlevel: 3", "standard", "iso-99999")]
    [InlineData("standard: mlps-2.0\nlevel: 7", "level", "7")]
    [InlineData("standard: nist-800-53-rev5\nbaseline: high", "baseline", "high")]
    [InlineData("standard: mlps-2.0\nlevel: 3\nextensions: [space]", "extensions[0]", "space")]
    [InlineData("standard: mlps-2.0\nlevel: 3\nimplemented: [GEN-001, GEN-999]", "implemented[1]", "GEN-999")]
    [InlineData("standard: nist-800-53-rev5\nbaseline: moderate\nnotApplicable: [ZZ-1]", "notApplicable[0]", "ZZ-1")]
    public async Task AnalyzeAsync_UnknownValue_NamesTheFieldAndValue(string profile, string field, string value)
    {
        var parsed = GapProfileReader.Parse(profile);

        var error = await Assert.ThrowsAsync<GapProfileException>(() => fixture.Host.Analyzer.AnalyzeAsync(parsed));

        Assert.Equal(field, error.Field);
        Assert.Equal(value, error.Value);
        Assert.Contains($"{field}: '{value}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n# only a comment\n")]
    [InlineData("{}")]
    public void Parse_EmptyProfile_IsAClearError(string text)
    {
        var error = Assert.Throws<GapProfileException>(() => GapProfileReader.Parse(text));

        Assert.Equal("profile", error.Field);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownField_NamesIt()
    {
        var error = Assert.Throws<GapProfileException>(() => GapProfileReader.Parse("standard: mlps-2.0\nlevle: 3\n"));

        Assert.Equal("levle", error.Field);
    }

    [Fact]
    public async Task AnalyzeComplianceGaps_OverGrpcAndHttp_ReturnsTheSameReport()
    {
        var client = new ProposalService.ProposalServiceClient(fixture.Host.Channel);
        var http = fixture.Host.CreateHttpClient();

        var grpc = await client.AnalyzeComplianceGapsAsync(
            new AnalyzeComplianceGapsRequest { Standard = "mlps-2.0", Level = 3, Components = { "堡垒机" } });
        var response = await http.PostAsJsonAsync(
            "/v1/proposals:analyzeGaps",
            new { standard = "mlps-2.0", level = 3, components = new[] { "堡垒机" } });

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(5, grpc.Summary.Required);
        Assert.Equal(grpc.Summary.Required, root.GetProperty("summary").GetProperty("required").GetInt32());
        Assert.Equal(grpc.Summary.Partial, root.GetProperty("summary").GetProperty("partial").GetInt32());
        Assert.Equal(
            grpc.Controls.Select(c => c.Id),
            root.GetProperty("controls").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        foreach (var field in new[] { "standard", "baseline", "customer", "summary", "controls" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"report lacks '{field}'");
        }

        var recommendation = root
            .GetProperty("controls")
            .EnumerateArray()
            .SelectMany(c => c.GetProperty("recommendations").EnumerateArray())
            .First();
        foreach (var field in new[] { "product", "status", "confidence", "lineage" })
        {
            Assert.True(recommendation.TryGetProperty(field, out _), $"recommendation lacks '{field}'");
        }
    }

    [Fact]
    public async Task AnalyzeComplianceGaps_UnknownStandard_IsInvalidArgumentNamingTheField()
    {
        var client = new ProposalService.ProposalServiceClient(fixture.Host.Channel);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.AnalyzeComplianceGapsAsync(new AnalyzeComplianceGapsRequest { Standard = "iso-99999", Level = 3 }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal("standard", violation.Field);
        Assert.Contains("iso-99999", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeComplianceGaps_EmptyRequestOverHttp_IsBadRequest()
    {
        var http = fixture.Host.CreateHttpClient();

        var response = await http.PostAsJsonAsync("/v1/proposals:analyzeGaps", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("standard", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
