// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Testing;

namespace SalesCognition.EndToEnd.Tests.GapAnalysis;

/// <summary>
/// The real MLPS 2.0 tables, NIST SP 800-53 MODERATE (resolved catalog and profile), the OpenShift component
/// definition and the samples, ingested once.
/// </summary>
public sealed class RealGapFixture : IAsyncLifetime
{
    private GapHost? _host;

    internal GapHost Host => _host ?? throw new InvalidOperationException("The fixture is not started.");

    public static bool DataPresent =>
        DataAvailability.IsAvailable("mlps2-gbt22239-2019") && DataAvailability.IsAvailable("nist-800-53-rev5-oscal");

    public async Task InitializeAsync()
    {
        if (DataPresent)
        {
            _host = await GapHost.StartAsync(
            [
                GapPaths.Mlps("mlps2_requirements_by_level.csv"),
                GapPaths.Mlps("mlps2_level3_aliyun_remediation.csv"),
                GapPaths.Moderate,
                GapPaths.ModerateProfile,
                GapPaths.OpenShift,
                RepositoryPaths.Samples,
            ]);
        }
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
