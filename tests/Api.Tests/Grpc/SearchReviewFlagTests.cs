// Copyright (c) SalesCognition. All rights reserved.

using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCognition.Api.Hosting;
using SalesCognition.Api.V1;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Grpc;

public sealed class SearchReviewFlagTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _folder = new();
    private WebApplication? _app;
    private GrpcChannel? _channel;

    public async Task InitializeAsync()
    {
        _app = ServerHost.Build([], _folder.Combine("data"), verbose: false, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Services.Replace(
                ServiceDescriptor.Singleton<IEmbeddingGenerator<string, Embedding<float>>>(new HashingEmbeddingGenerator()));
        });
        await _app.StartAsync();
        var pipeline = _app.Services.GetRequiredService<IngestionPipeline>();

        // The card first, then the news: the flag must be raised from the news side.
        Assert.Empty((await pipeline.IngestAsync([Path.Combine(RepositoryPaths.Samples, "battlecards")])).Failed);
        Assert.Empty((await pipeline.IngestAsync([Path.Combine(RepositoryPaths.Samples, "news")])).Failed);
        _channel = GrpcChannel.ForAddress(
            "http://localhost",
            new GrpcChannelOptions { HttpHandler = _app.GetTestServer().CreateHandler() });
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Search_FlaggedBattleCard_CarriesTheNewsAsReasonOverGrpcAndHttp()
    {
        var client = new KnowledgeService.KnowledgeServiceClient(_channel);
        var http = _app!.GetTestServer().CreateClient();

        var grpc = await client.SearchAsync(new SearchRequest { Query = "北辰检索 多因素认证 battle card", TopK = 10 });
        var response = await http.PostAsJsonAsync("/v1/search", new { query = "北辰检索 多因素认证 battle card", topK = 10 });

        var card = grpc.Hits.First(h => h.Kind == "battlecard");
        var reason = Assert.Single(card.NeedsReview);
        Assert.StartsWith("北辰检索 5.0", reason.NewsTitle, StringComparison.Ordinal);
        Assert.Equal("2026-10-15", reason.NewsDate);
        Assert.All(grpc.Hits.Where(h => h.Kind == "news"), h => Assert.Empty(h.NeedsReview));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var httpCard = json.RootElement
            .GetProperty("hits")
            .EnumerateArray()
            .First(h => h.GetProperty("kind").GetString() == "battlecard");
        Assert.Equal(1, httpCard.GetProperty("needsReview").GetArrayLength());
    }
}
