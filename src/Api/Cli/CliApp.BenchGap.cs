// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Retrieval.Reasoning.GapAnalysis;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command BenchGapCommand()
    {
        var profile = new Option<FileInfo>("--profile")
        {
            Description = "The customer profile, YAML or JSON.",
            Required = true,
        };
        var runs = new Option<int>("--runs")
        {
            Description = "Measured runs (after 3 warm-up runs).",
            DefaultValueFactory = _ => 50,
        };

        var command = new Command(
            "gap",
            "Measures a gap analysis against a baseline run that only reads each required control's relations from " +
                "the graph store.")
        {
            profile, runs,
        };
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            var count = result.GetValue(runs);
            if (count is < 1 or > 10_000)
            {
                await error.WriteLineAsync($"--runs must be between 1 and 10000 (got {count}).");
                return Fatal;
            }

            try
            {
                var parsed = GapProfileReader.Parse(await File.ReadAllTextAsync(
                    result.GetValue(profile)!.FullName,
                    cancellationToken));
                using var host = await CliHost.StartAsync(
                    result.GetValue(_data),
                    result.GetValue(_verbose),
                    cancellationToken);
                var analyzer = host.Services.GetRequiredService<GapAnalyzer>();
                var store = host.Services.GetRequiredService<IGraphStore>();
                var report = await analyzer.AnalyzeAsync(parsed, cancellationToken: cancellationToken);
                var ids = report.Controls.Select(c => c.NodeId).ToList();

                var analysis = await MeasureAsync(
                    count,
                    () => analyzer.AnalyzeAsync(parsed, cancellationToken: cancellationToken));
                var baseline = await MeasureAsync(count, async () =>
                {
                    foreach (var id in ids)
                    {
                        await store.GetRelationsAsync(TenantIds.Default, id, cancellationToken);
                    }
                });

                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"gap analysis of {report.Baseline} ({report.Summary.Required} required controls), {count} runs:"));
                await output.WriteLineAsync(Line("analysis", analysis));
                await output.WriteLineAsync(Line("baseline (relation reads only)", baseline));
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  ratio of medians: {Percentile(analysis, 50) / Percentile(baseline, 50):F2}"));
                return Success;
            }
            catch (GapProfileException ex)
            {
                await error.WriteLineAsync($"error: {ex.Message}");
                return Fatal;
            }
        }));
        return command;
    }

    private static async Task<List<double>> MeasureAsync(int runs, Func<Task> run)
    {
        for (var i = 0; i < 3; i++)
        {
            await run();
        }

        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times;
    }

    private static double Percentile(List<double> sorted, int percentile) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];

    private static string Line(string name, List<double> sorted) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-32} median {Percentile(sorted, 50),8:F2} ms   p99 {Percentile(sorted, 99),8:F2} ms");
}
