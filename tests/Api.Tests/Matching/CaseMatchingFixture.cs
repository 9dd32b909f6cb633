// Copyright (c) SalesCognition. All rights reserved.

using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using SalesCognition.Api.Tests.Hosting;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Matching;

/// <summary>
/// The server on an in-memory test host with the real CRM export and the Kubernetes case studies ingested (the hashing
/// stand-in replaces the embedding model: the model is not what these tests are about).
/// </summary>
public sealed class CaseMatchingFixture : IAsyncLifetime
{
    private InMemoryServer _server = null!;

    public WebApplication App => _server.App;

    public GrpcChannel Channel => _server.Channel;

    public IngestReport Report { get; private set; } = null!;

    public static bool DataPresent => Directory.Exists(RepositoryPaths.Data("crm-sales-opportunities"));

    public async Task InitializeAsync()
    {
        _server = await InMemoryServer.StartAsync();
        if (DataPresent)
        {
            Report = await _server.IngestAsync(
                RepositoryPaths.Data("crm-sales-opportunities"),
                RepositoryPaths.Data("customer-case-studies", "kubernetes"));
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
