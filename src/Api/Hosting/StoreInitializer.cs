// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Storage;

namespace SalesCognition.Api.Hosting;

/// <summary>Creates the graph schema and loads the ontology's seed entities when the host starts.</summary>
internal sealed class StoreInitializer(IGraphStore graph) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => graph.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
