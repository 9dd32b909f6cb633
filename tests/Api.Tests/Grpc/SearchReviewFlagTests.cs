// Copyright (c) SalesCognition. All rights reserved.

using System.Net.Http.Json;
using System.Text.Json;
using SalesCognition.Api.Tests.Hosting;
using SalesCognition.Api.V1;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Grpc;

public sealed class SearchReviewFlagTests : IAsyncLifetime
{
    private InMemoryServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await InMemoryServer.StartAsync();

        // The card first, then the news: the flag must be raised from the news side.
        Assert.Empty((await _server.IngestAsync(Path.Combine(RepositoryPaths.Samples, "battlecards"))).Failed);
        Assert.Empty((await _server.IngestAsync(Path.Combine(RepositoryPaths.Samples, "news"))).Failed);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Search_FlaggedBattleCard_CarriesTheNewsAsReasonOverGrpcAndHttp()
    {
        var client = new KnowledgeService.KnowledgeServiceClient(_server.Channel);
        var http = _server.CreateHttpClient();

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
