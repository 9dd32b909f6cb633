// Copyright (c) SalesCognition. All rights reserved.

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.TestHost;
using SalesCognition.Api.V1;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Matching;

public sealed class CaseMatchServiceTests(CaseMatchingFixture fixture) : IClassFixture<CaseMatchingFixture>
{
    public static TheoryData<string, string> BadRequests => new()
    {
        { """{ "topK": 3 }""", "opportunity" },
        { """{ "industry": "finance", "employees": -5 }""", "employees" },
        { """{ "industry": "finance", "revenue": -1.5 }""", "revenue" },
        { """{ "industry": "finance", "topK": 500 }""", "top_k" },
        { """{ "account": "No Such Account Ltd" }""", "account" },
        { """{ "opportunityId": "NOSUCHID" }""", "opportunity_id" },
    };

    [RequiresDataTheory("crm-sales-opportunities")]
    [MemberData(nameof(BadRequests))]
    public async Task MatchCases_BadRequest_IsInvalidArgumentNamingTheField(string json, string field)
    {
        var client = new CaseMatchService.CaseMatchServiceClient(fixture.Channel);
        var request = MatchCasesRequest.Parser.WithDiscardUnknownFields(false).ParseJson(json);

        var error = await Assert.ThrowsAsync<RpcException>(async () => await client.MatchCasesAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal(field, violation.Field);
    }

    [RequiresDataFact("crm-sales-opportunities")]
    public async Task MatchCases_OverHttpJson_ReturnsTheDocumentedShape()
    {
        var http = fixture.App.GetTestServer().CreateClient();

        var response = await http.PostAsJsonAsync(
            "/v1/opportunities:matchCases",
            new { industry = "金融", employees = 3000, products = new[] { "GTX Pro" }, topK = 3 });

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var matches = json.RootElement.GetProperty("matches");
        Assert.Equal(3, matches.GetArrayLength());
        foreach (var field in new[] { "caseId", "title", "customer", "industry", "score", "facets", "reason" })
        {
            Assert.True(matches[0].TryGetProperty(field, out _), $"match lacks '{field}'");
        }

        Assert.Equal(1, matches[0].GetProperty("facets").GetProperty("industry").GetDouble());
        Assert.Contains("金融", matches[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0.3, json.RootElement.GetProperty("weights").GetProperty("products").GetDouble());
    }

    [RequiresDataFact("crm-sales-opportunities")]
    public async Task MatchCases_HttpNegativeEmployees_IsBadRequestNamingTheField()
    {
        var http = fixture.App.GetTestServer().CreateClient();

        var response = await http.PostAsJsonAsync(
            "/v1/opportunities:matchCases",
            new { industry = "retail", employees = -1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("employees", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
