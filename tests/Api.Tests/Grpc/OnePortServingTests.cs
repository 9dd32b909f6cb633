// Copyright (c) SalesCognition. All rights reserved.

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCognition.Api.Hosting;
using SalesCognition.Api.V1;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Grpc;

/// <summary>
/// A real Kestrel server on a loopback port: gRPC (HTTP/2 cleartext) and JSON (HTTP/1.1) on the same port.
/// </summary>
public sealed class OnePortServingTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Serve_OnePort_AnswersGrpcOverHttp2AndJsonOverHttp11Alike()
    {
        await using var app = ServerHost.Build(["http://127.0.0.1:0"], _folder.Combine("data"), verbose: false, builder =>
            builder.Services.Replace(
                ServiceDescriptor.Singleton<IEmbeddingGenerator<string, Embedding<float>>>(new HashingEmbeddingGenerator())));
        await app.StartAsync();
        await app.Services.GetRequiredService<IngestionPipeline>().IngestAsync([RepositoryPaths.Samples]);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var channel = GrpcChannel.ForAddress(address);
        var grpc = await new KnowledgeService.KnowledgeServiceClient(channel).SearchAsync(
            new SearchRequest { Query = "audit log", TopK = 5 });
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var response = await http.PostAsJsonAsync("/v1/search", new { query = "audit log", topK = 5 });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        await app.StopAsync();

        Assert.Equal(HttpVersion.Version11, response.Version);
        Assert.NotEmpty(grpc.Hits);
        Assert.Equal(
            grpc.Hits.Select(h => h.Id),
            json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }
}
