// Copyright (c) SalesCognition. All rights reserved.

using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCognition.Api.Hosting;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Retrieval.Reasoning.GapAnalysis;
using SalesCognition.Testing;

namespace SalesCognition.EndToEnd.Tests.GapAnalysis;

/// <summary>
/// The whole service on an in-memory test server, with the hashing stand-in for the embedding model (gap analysis
/// does not depend on embeddings), after ingesting a set of paths.
/// </summary>
internal sealed class GapHost : IAsyncDisposable
{
    private readonly TempDirectory _folder;
    private readonly WebApplication _app;

    private GapHost(TempDirectory folder, WebApplication app, IngestReport report)
    {
        _folder = folder;
        _app = app;
        Ingest = report;
        Channel = GrpcChannel.ForAddress(
            "http://localhost",
            new GrpcChannelOptions { HttpHandler = app.GetTestServer().CreateHandler() });
    }

    public IngestReport Ingest { get; }

    public GrpcChannel Channel { get; }

    public GapAnalyzer Analyzer => _app.Services.GetRequiredService<GapAnalyzer>();

    public HttpClient CreateHttpClient() => _app.GetTestServer().CreateClient();

    public static async Task<GapHost> StartAsync(IReadOnlyList<string> paths)
    {
        var folder = new TempDirectory();
        var app = ServerHost.Build([], folder.Combine("data"), verbose: false, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Services.Replace(
                ServiceDescriptor.Singleton<IEmbeddingGenerator<string, Embedding<float>>>(new HashingEmbeddingGenerator()));
        });
        await app.StartAsync();
        var report = await app.Services.GetRequiredService<IngestionPipeline>().IngestAsync(paths);
        return new GapHost(folder, app, report);
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Dispose();
    }
}
