// Copyright (c) SalesCognition. All rights reserved.

using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCognition.Api.Tests.Hosting;
using Microsoft.Extensions.Options;
using SalesCognition.Api.V1;
using SalesCognition.Graph.Storage;
using SalesCognition.Retrieval.Embeddings;
using SalesCognition.Retrieval.Reasoning.CaseMatching;
using RetrievalOptions = SalesCognition.Retrieval.Search.RetrievalOptions;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Grpc;

/// <summary>With <c>Retrieval:RerankDepth</c> set, search hits carry their late-interaction score over gRPC and HTTP.</summary>
public sealed class RerankSearchTests : IAsyncLifetime, IDisposable
{
    private const string Query = "audit log";
    private readonly HashingEmbeddingGenerator _model = new(tokens: true);
    private InMemoryServer? _server;

    public async Task InitializeAsync()
    {
        _server = await InMemoryServer.StartAsync(configure: services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IEmbeddingGenerator<string, Embedding<float>>>(_model));
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

    public void Dispose() => _model.Dispose();

    [Fact]
    public async Task Search_AfterIngestion_ReadsTheHitsTokenVectorsKeptThenAndRunsTheModelOnlyOverTheQuery()
    {
        var client = new KnowledgeService.KnowledgeServiceClient(_server!.Channel);
        Assert.True(_server.Services.GetRequiredService<TokenVectorCache>().Bytes > 0, "ingestion kept no token vectors");
        _model.TokenTexts.Clear();
        _model.CombinedTexts.Clear();

        var response = await client.SearchAsync(new SearchRequest { Query = Query, TopK = 5 });

        Assert.Equal(3, response.Hits.Count(h => h.Components.HasRerankScore));
        Assert.Equal([Query], _model.TokenTexts);
        // One run of the model gave the query's vector and its token vectors.
        Assert.Equal([Query], _model.CombinedTexts);
    }

    [Fact]
    public async Task Start_OpensTheTokenVectorCacheBeforeAnySearch()
    {
        await using var server = await InMemoryServer.StartAsync();
        var data = server.Services.GetRequiredService<IOptions<GraphStoreOptions>>().Value.DataDirectory;

        Assert.True(File.Exists(Path.Combine(data, "token-vectors.db")), "token-vectors.db was not opened at start-up");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public async Task CaseMatch_FreeText_ReRanksOnlyWhenCaseMatchingAsks(int depth)
    {
        await using var server = await InMemoryServer.StartAsync(configure: services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IEmbeddingGenerator<string, Embedding<float>>>(_model));
            services.Configure<RetrievalOptions>(o => o.RerankDepth = 30);
            services.Configure<CaseMatchOptions>(o => o.RerankDepth = depth);
        });
        Assert.Empty((await server.IngestAsync(Path.Combine(RepositoryPaths.Samples, "cases"))).Failed);
        _model.TokenTexts.Clear();

        var response = await server.Services.GetRequiredService<CaseMatcher>().MatchAsync(
            new CaseMatchRequest { Text = "a bank that needs an audit log of every login" });

        Assert.NotEmpty(response.Matches);
        Assert.Equal(depth == 0 ? 0 : 1, _model.TokenTexts.Count);
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
