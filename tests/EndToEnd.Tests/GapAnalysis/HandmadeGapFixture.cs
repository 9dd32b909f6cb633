// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Testing;

namespace SalesCognition.EndToEnd.Tests.GapAnalysis;

/// <summary>The samples and the handmade MLPS tables and NIST baseline excerpt, ingested once.</summary>
public sealed class HandmadeGapFixture : IAsyncLifetime
{
    private GapHost? _host;

    internal GapHost Host => _host ?? throw new InvalidOperationException("The fixture is not started.");

    public async Task InitializeAsync() => _host = await GapHost.StartAsync([RepositoryPaths.Samples, GapPaths.Handmade]);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
