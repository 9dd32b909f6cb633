// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Retrieval.Liveness;
using SalesCognition.Retrieval.Search;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private static readonly string[] BenchQueries =
    [
        "audit log", "multi-factor authentication", "等保2.0 三级 身份鉴别", "account management", "vector search",
        "金融客户 审计", "gateway single sign-on", "event logging retention", "competitor release", "hospital case",
    ];

    /// <summary>
    /// <c>bench ledger</c>: search latency with the usage ledger off (no-op recorder) and on (queue + background
    /// writer), interleaved query by query so both see the same machine state.
    /// </summary>
    private Command BenchLedgerCommand()
    {
        var rounds = new Option<int>("--rounds") { Description = "Searches per mode.", DefaultValueFactory = _ => 500 };
        var command = new Command("ledger", "Search latency with the usage ledger off and on (medians, p99, ratio).")
        {
            rounds,
        };
        command.SetAction((result, cancellationToken) => LivenessGuardAsync(async () =>
        {
            var data = result.GetValue(_data) ?? Path.Combine(
                Path.GetTempPath(),
                "salescog-bench-ledger-" + Guid.NewGuid().ToString("N")[..8]);
            using var host = await CliHost.StartAsync(data, result.GetValue(_verbose), cancellationToken);
            if ((await host.Services.GetRequiredService<IGraphStore>().CountAsync(
                TenantIds.Default,
                cancellationToken)).Entries == 0)
            {
                await host.Services.GetRequiredService<IngestionPipeline>()
                    .IngestAsync(
                        [Path.Combine(AppContext.BaseDirectory, "samples")],
                        cancellationToken: cancellationToken);
            }

            var searcher = host.Services.GetRequiredService<HybridSearcher>();
            var ledger = host.Services.GetRequiredService<LedgerUsageRecorder>();
            IUsageRecorder[] modes = [NullUsageRecorder.Instance, ledger];
            var times = new[] { new List<double>(), new List<double>() };
            var caller = UsageCaller.Anonymous(CallerKind.Api);
            for (var i = -20; i < result.GetValue(rounds); i++)
            {
                // Alternate which mode goes first so neither always runs on a warmer cache.
                for (var k = 0; k < 2; k++)
                {
                    var m = (i + k) & 1;
                    var started = Stopwatch.GetTimestamp();
                    var response = await searcher.SearchAsync(
                        new SearchRequest(BenchQueries[Math.Abs(i) % BenchQueries.Length]),
                        cancellationToken);
                    modes[m].Record(TenantIds.Default, response.ReturnedEntryIds, UsageKind.Retrieved, caller);
                    if (i >= 0)
                    {
                        times[m].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
            }

            var flushStarted = Stopwatch.GetTimestamp();
            await ledger.FlushAsync(cancellationToken);
            var flush = Stopwatch.GetElapsedTime(flushStarted).TotalMilliseconds;
            await WriteBenchAsync(times[0], times[1], flush, ledger.DroppedCount);
            return Success;
        }));
        return command;
    }

    private async Task WriteBenchAsync(List<double> off, List<double> on, double flushMilliseconds, long dropped)
    {
        static double Percentile(List<double> values, double p)
        {
            var sorted = values.Order().ToList();
            return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"search with the usage ledger off and on ({off.Count} searches each, {Environment.ProcessorCount} cores)"));
        await output.WriteLineAsync("| ledger | p50 ms | p99 ms | mean ms |");
        await output.WriteLineAsync("|---|---|---|---|");
        foreach (var (name, values) in new[] { ("off", off), ("on", on) })
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Percentile(values, 0.5):F3} | {Percentile(values, 0.99):F3} | {values.Average():F3} |"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"p50 ratio on/off: {Percentile(on, 0.5) / Percentile(off, 0.5):F3}; " +
            $"p99 ratio: {Percentile(on, 0.99) / Percentile(off, 0.99):F3}; " +
            $"final flush {flushMilliseconds:F1} ms; dropped {dropped}"));
    }
}
