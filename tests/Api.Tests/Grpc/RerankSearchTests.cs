// Copyright (c) SalesCognition. All rights reserved.

using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCognition.Api.Tests.Hosting;
using SalesCognition.Api.V1;
using RetrievalOptions = SalesCognition.Retrieval.Search.RetrievalOptions;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Grpc;

/// <summary>With <c>Retrieval:RerankDepth</c> set, search hits carry their late-interaction score over gRPC and HTTP.</summary>
public sealed class RerankSearchTests : IAsyncLifetime
{
    private const string Query = "audit log";
    private InMemoryServer? _server;

    public async Task InitializeAsync()
    {
        _server = await InMemoryServer.StartAsync(configure: services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IEmbeddingGenerator<string, Embedding<float>>>(
                new HashingEmbeddingGenerator(tokens: true)));
            services.Configure<RetrievalOptions>(o => o.RerankDepth = 3);
        });
        Assert.Empty((await _server.IngestAsync(RepositoryPaths.Samples)).Failed);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Search_RerankedHits_CarryRerankScoreAndFusedBeforeRerankOverGrpcAndHttp()
    {
        var client = new KnowledgeService.KnowledgeServiceClient(_server!.Channel);

        var grpc = await client.SearchAsync(new SearchRequest { Query = Query, TopK = 5 });
        var response = await _server.CreateHttpClient().PostAsJsonAsync("/v1/search", new { query = Query, topK = 5 });

        response.EnsureSuccessStatusCode();
        Assert.True(grpc.Hits.Count > 3, $"only {grpc.Hits.Count} hits");
        Assert.All(grpc.Hits.Take(3), h =>
        {
            Assert.True(h.Components.HasRerankScore, $"{h.Id} has no rerank score");
            Assert.InRange(h.Components.RerankScore, 0.0, 1.0);
            Assert.True(h.Components.Fused >= h.Components.FusedBeforeRerank);
        });
        Assert.All(grpc.Hits.Skip(3), h => Assert.False(h.Components.HasRerankScore, $"{h.Id} was re-ranked"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var first = json.RootElement.GetProperty("hits")[0].GetProperty("components");
        Assert.Equal(grpc.Hits[0].Components.RerankScore, first.GetProperty("rerankScore").GetDouble(), 9);
        Assert.Equal(grpc.Hits[0].Components.FusedBeforeRerank, first.GetProperty("fusedBeforeRerank").GetDouble(), 9);
    }

    [Fact]
    public async Task Search_RequestRerankDepth_OverridesTheConfigurationOverGrpcAndHttp()
    {
        var client = new KnowledgeService.KnowledgeServiceClient(_server!.Channel);

        var one = await client.SearchAsync(new SearchRequest { Query = Query, TopK = 5, RerankDepth = 1 });
        var none = await _server.CreateHttpClient().PostAsJsonAsync("/v1/search", new { query = Query, topK = 5, rerankDepth = 0 });

        Assert.Equal(1, one.Hits.Count(h => h.Components.HasRerankScore));
        Assert.True(one.Hits[0].Components.HasRerankScore);
        none.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await none.Content.ReadAsStringAsync());
        Assert.All(
            json.RootElement.GetProperty("hits").EnumerateArray(),
            h => Assert.False(h.GetProperty("components").TryGetProperty("rerankScore", out _)));
    }

    [Fact]
    public async Task Search_RerankDepthOutOfRange_IsInvalidArgumentNamingTheField()
    {
        var client = new KnowledgeService.KnowledgeServiceClient(_server!.Channel);

        var error = await Assert.ThrowsAsync<RpcException>(
            async () => await client.SearchAsync(new SearchRequest { Query = Query, RerankDepth = 101 }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("rerank_depth", error.Status.Detail, StringComparison.Ordinal);
    }
}
