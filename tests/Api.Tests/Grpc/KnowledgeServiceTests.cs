// Copyright (c) SalesCognition. All rights reserved.

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;
using SalesCognition.Api.Tests.Hosting;
using SalesCognition.Api.V1;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Grpc;

public sealed class KnowledgeServiceTests : IAsyncLifetime
{
    private InMemoryServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await InMemoryServer.StartAsync();
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
    public async Task Search_OverGrpcAndOverHttp_ReturnsTheSameIdsInTheSameOrder()
    {
        var client = new KnowledgeService.KnowledgeServiceClient(_server.Channel);
        var http = _server.CreateHttpClient();

        var grpc = await client.SearchAsync(new SearchRequest { Query = "审计日志 audit log", TopK = 5 });
        var response = await http.PostAsJsonAsync("/v1/search", new { query = "审计日志 audit log", topK = 5 });

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var httpIds = json.RootElement
            .GetProperty("hits")
            .EnumerateArray()
            .Select(h => h.GetProperty("id").GetString())
            .ToList();
        Assert.NotEmpty(grpc.Hits);
        Assert.Equal(grpc.Hits.Select(h => h.Id), httpIds);
        var first = json.RootElement.GetProperty("hits")[0];
        foreach (var field in new[] { "id", "kind", "title", "source", "section", "snippet", "score", "entities" })
        {
            Assert.True(first.TryGetProperty(field, out _), $"hit lacks '{field}'");
        }

        var components = grpc.Hits[0].Components;
        Assert.Contains(components.Fusion, new[] { "rrf", "minmax" });
        Assert.InRange(components.VectorWeight, 0.0, 1.0);
        var httpComponents = first.GetProperty("components");
        Assert.Equal(components.Fusion, httpComponents.GetProperty("fusion").GetString());
        Assert.Equal(components.VectorWeight, httpComponents.GetProperty("vectorWeight").GetDouble());
    }

    [Fact]
    public async Task Search_SentenceOfALongerEntry_ReportsItsPassageScoreOverGrpcAndHttp()
    {
        const string Query = "Inactive accounts are disabled after 90 days";
        var client = new KnowledgeService.KnowledgeServiceClient(_server.Channel);
        var http = _server.CreateHttpClient();

        var grpc = await client.SearchAsync(new SearchRequest { Query = Query, TopK = 1 });
        var response = await http.PostAsJsonAsync("/v1/search", new { query = Query, topK = 1 });

        response.EnsureSuccessStatusCode();
        var components = grpc.Hits[0].Components;
        Assert.True(components.HasVectorPassageScore, "the top hit has no passage score");
        Assert.InRange(components.VectorPassageScore, 0.0, 1.0);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var httpComponents = json.RootElement.GetProperty("hits")[0].GetProperty("components");
        Assert.Equal(
            components.VectorPassageScore,
            httpComponents.GetProperty("vectorPassageScore").GetDouble(),
            9);
    }

    [Fact]
    public async Task Search_EmptyQuery_IsInvalidArgumentNamingTheField()
    {
        var client = new KnowledgeService.KnowledgeServiceClient(_server.Channel);

        var error = await Assert.ThrowsAsync<RpcException>(async () => await client.SearchAsync(new SearchRequest { Query = " " }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("query", violation.Field);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(-1)]
    public async Task Search_TopKOutOfRange_IsInvalidArgumentNamingTheFieldInPlainWords(int topK)
    {
        var http = _server.CreateHttpClient();

        var response = await http.PostAsJsonAsync("/v1/search", new { query = "audit", topK });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"top_k must be between 1 and 100 (0 or absent means 10), was {topK}.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reflection_ListsTheKnowledgeService()
    {
        var reflection = new global::Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(_server.Channel);
        using var call = reflection.ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new global::Grpc.Reflection.V1Alpha.ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        var names = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("salescognition.v1.KnowledgeService", names);
        Assert.Contains("grpc.health.v1.Health", names);
    }

    [Fact]
    public async Task Health_ReportsServing()
    {
        var health = new Health.HealthClient(_server.Channel);

        var reply = await health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }
}
