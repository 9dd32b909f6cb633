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

namespace SalesCognition.Api.Tests.Matching;

/// <summary>
/// The server on an in-memory test host with the real CRM export and the Kubernetes case studies ingested (the hashing
/// stand-in replaces the embedding model: the model is not what these tests are about).
/// </summary>
public sealed class CaseMatchingFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _folder = new();

    public WebApplication App { get; private set; } = null!;

    public GrpcChannel Channel { get; private set; } = null!;

    public IngestReport Report { get; private set; } = null!;

    public static bool DataPresent => Directory.Exists(RepositoryPaths.Data("crm-sales-opportunities"));

    public async Task InitializeAsync()
    {
        App = ServerHost.Build([], _folder.Combine("data"), verbose: false, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Services.Replace(
                ServiceDescriptor.Singleton<IEmbeddingGenerator<string, Embedding<float>>>(new HashingEmbeddingGenerator()));
        });
        await App.StartAsync();
        Channel = GrpcChannel.ForAddress(
            "http://localhost",
            new GrpcChannelOptions { HttpHandler = App.GetTestServer().CreateHandler() });
        if (DataPresent)
        {
            Report = await App.Services.GetRequiredService<IngestionPipeline>().IngestAsync(
                [RepositoryPaths.Data("crm-sales-opportunities"), RepositoryPaths.Data("customer-case-studies", "kubernetes")]);
        }
    }

    public async Task DisposeAsync()
    {
        Channel?.Dispose();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }

    public void Dispose() => _folder.Dispose();
}
