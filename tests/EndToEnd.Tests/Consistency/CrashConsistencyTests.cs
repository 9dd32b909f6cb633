// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Testing;
using Xunit.Abstractions;

namespace SalesCognition.EndToEnd.Tests.Consistency;

/// <summary>
/// Kills a real ingest process at many points and checks, after each restart, that every source is fully old or
/// fully new and that the three stores agree. CI runs a few rounds; set <c>SALESCOG_CRASH_ROUNDS</c> for more
/// (see README, "Ingestion consistency").
/// </summary>
public sealed class CrashConsistencyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task IngestKilledAtRandomPoints_RestartRecovers_StoresAgreeAndEverySourceIsOldOrNew()
    {
        var rounds = int.TryParse(
            Environment.GetEnvironmentVariable("SALESCOG_CRASH_ROUNDS"),
            CultureInfo.InvariantCulture,
            out var r) ? r : 4;
        var seed = int.TryParse(
            Environment.GetEnvironmentVariable("SALESCOG_CRASH_SEED"),
            CultureInfo.InvariantCulture,
            out var s) ? s : 20240607;
        using var folder = new TempDirectory();
        var harness = new CrashHarness(folder, seed);
        harness.CreateSources(12);

        var kills = 0;
        for (var round = 0; round < rounds; round++)
        {
            kills += await harness.RunRoundAsync(round) ? 1 : 0;
        }

        harness.Log.ForEach(output.WriteLine);
        await harness.FinishAsync();
        Assert.True(kills > 0, "no round killed the ingest; the test proved nothing:\n" + string.Join(
            '\n',
            harness.Log));
    }
}
