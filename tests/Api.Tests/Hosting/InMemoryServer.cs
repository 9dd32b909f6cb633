// Copyright (c) SalesCognition. All rights reserved.

using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCognition.Api.Hosting;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Hosting;

/// <summary>
/// The whole server on an in-memory test host over a fresh data folder, with a gRPC channel to it. The hashing
/// stand-in replaces the embedding model (the model is not what these tests are about). The folder, the app and the
/// channel belong to this object and go with it.
/// </summary>
internal sealed class InMemoryServer : IAsyncDisposable
{
    private readonly TempDirectory _folder;

    private InMemoryServer(TempDirectory folder, WebApplication app)
    {
        _folder = folder;
        App = app;
        Channel = GrpcChannel.ForAddress(
            "http://localhost",
            new GrpcChannelOptions { HttpHandler = app.GetTestServer().CreateHandler() });
    }

    /// <summary>The started app.</summary>
    public WebApplication App { get; }

    /// <summary>A gRPC channel that reaches the app through the test server's handler, not a socket.</summary>
    public GrpcChannel Channel { get; }

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => App.Services;

    /// <summary>
    /// Builds and starts the server. <paramref name="time"/>, when given, replaces the clock;
    /// <paramref name="configure"/> runs last over the services, so it can replace anything set here.
    /// </summary>
    public static async Task<InMemoryServer> StartAsync(
        TimeProvider? time = null,
        Action<IServiceCollection>? configure = null)
    {
        var folder = new TempDirectory();
        WebApplication? app = null;
        try
        {
            app = ServerHost.Build([], folder.Combine("data"), verbose: false, builder =>
            {
                builder.WebHost.UseTestServer();
                builder.Services.Replace(ServiceDescriptor.Singleton<IEmbeddingGenerator<string, Embedding<float>>>(
                    new HashingEmbeddingGenerator()));
                if (time is not null)
                {
                    builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
                }

                configure?.Invoke(builder.Services);
            });
            await app.StartAsync();
            return new InMemoryServer(folder, app);
        }
        catch
        {
            // The caller has nothing to dispose when the start fails, so what was made so far goes here.
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            folder.Dispose();
            throw;
        }
    }

    /// <summary>An HTTP client for the JSON routes, through the test server.</summary>
    public HttpClient CreateHttpClient() => App.GetTestServer().CreateClient();

    /// <summary>Ingests files and folders through the app's pipeline; the caller asserts on the report.</summary>
    public Task<IngestReport> IngestAsync(params string[] paths) =>
        Services.GetRequiredService<IngestionPipeline>().IngestAsync(paths);

    /// <summary>Disposes the channel, stops and disposes the app, then deletes the data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        try
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        finally
        {
            _folder.Dispose();
        }
    }
}
