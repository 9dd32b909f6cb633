// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SalesCognition.Api.Cli.Bench;
using SalesCognition.Graph.Storage;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Retrieval.Reasoning.CaseMatching;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command BenchMatchCommand()
    {
        var cases = new Option<int>("--cases")
        {
            Description = "How many cases to generate.",
            DefaultValueFactory = _ => 100_000,
        };
        var queries = new Option<int>("--queries")
        {
            Description = "How many facet queries to time per run.",
            DefaultValueFactory = _ => 2_000,
        };
        var textQueries = new Option<int>("--text-queries")
        {
            Description = "How many free-text queries (embedding + hybrid search) to time.",
            DefaultValueFactory = _ => 100,
        };
        var crm = new Option<DirectoryInfo?>("--crm")
        {
            Description = "The CRM export folder (default: ../shared/data/crm-sales-opportunities above the current " +
                "folder).",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed of the generator.",
            DefaultValueFactory = _ => 7,
        };

        var command = new Command("match", "Case matching latency: the real CRM data, then with generated cases added.")
        {
            cases,
            queries,
            textQueries,
            crm,
            seed,
        };
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            var folder = result.GetValue(crm)?.FullName ?? FindCrmFolder();
            if (folder is null || !Directory.Exists(folder))
            {
                await error.WriteLineAsync("error: no CRM export folder; pass --crm DIR (the folder with " +
                    "accounts.csv, products.csv, sales_pipeline.csv).");
                return Fatal;
            }

            var data = Path.Combine(Path.GetTempPath(), "salescog-bench-" + Guid.NewGuid().ToString("N")[..8]);
            try
            {
                using var host = await CliHost.StartAsync(data, result.GetValue(_verbose), cancellationToken);
                await RunMatchBenchAsync(
                    host.Services,
                    folder,
                    result.GetValue(cases),
                    result.GetValue(queries),
                    result.GetValue(textQueries),
                    result.GetValue(seed),
                    cancellationToken);
            }
            finally
            {
                Directory.Delete(data, recursive: true);
            }

            return Success;
        }));
        return command;
    }

    private async Task RunMatchBenchAsync(
        IServiceProvider services,
        string crmFolder,
        int caseCount,
        int queryCount,
        int textCount,
        int seed,
        CancellationToken cancellationToken)
    {
        var pipeline = services.GetRequiredService<IngestionPipeline>();
        var graph = services.GetRequiredService<IGraphStore>();
        var matcher = services.GetRequiredService<CaseMatcher>();
        await error.WriteLineAsync($"ingesting {crmFolder} ...");
        await pipeline.IngestAsync([crmFolder], cancellationToken: cancellationToken);

        var generator = await MatchBenchData.LoadAsync(graph, seed, cancellationToken);
        var facetQueries = generator.Queries(queryCount);
        var textRequests = generator.TextQueries(textCount);
        var real = await TimeAsync(matcher, facetQueries, cancellationToken);
        var realText = await TimeAsync(matcher, textRequests, cancellationToken);

        await error.WriteLineAsync($"generating {caseCount:N0} cases ...");
        var started = Stopwatch.GetTimestamp();
        await generator.CommitAsync(graph, caseCount, cancellationToken);
        var written = Stopwatch.GetElapsedTime(started);
        started = Stopwatch.GetTimestamp();
        var first = await matcher.MatchAsync(facetQueries[0], cancellationToken);
        var rebuilt = Stopwatch.GetElapsedTime(started);
        var large = await TimeAsync(matcher, facetQueries, cancellationToken);
        var largeText = await TimeAsync(matcher, textRequests, cancellationToken);

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"bench match  ({Environment.ProcessorCount} cores, {facetQueries.Count} facet queries, " +
            $"{textRequests.Count} text queries; graph write {written.TotalSeconds:F1} s, " +
            $"index rebuild {rebuilt.TotalMilliseconds:F0} ms)"));
        await output.WriteLineAsync("run                         cases     p50 ms   p99 ms   mean ms");
        await WriteRowAsync("real CRM data, facets", real.Cases, real);
        await WriteRowAsync($"+{caseCount:N0} generated, facets", first.CasesConsidered, large);
        await WriteRowAsync("real CRM data, with text", real.Cases, realText);
        await WriteRowAsync($"+{caseCount:N0} generated, with text", first.CasesConsidered, largeText);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"ratio generated/real: facets p50 x{large.P50 / real.P50:F1}, p99 x{large.P99 / real.P99:F1}; " +
            $"with text p50 x{largeText.P50 / Math.Max(realText.P50, 1e-9):F1}, " +
            $"p99 x{largeText.P99 / Math.Max(realText.P99, 1e-9):F1}"));
    }

    private async Task WriteRowAsync(string name, int cases, BenchTimes times) =>
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-26} {cases,7:N0}  {times.P50,8:F3} {times.P99,8:F3} {times.Mean,8:F3}"));

    private static async Task<BenchTimes> TimeAsync(
        CaseMatcher matcher,
        IReadOnlyList<CaseMatchRequest> requests,
        CancellationToken cancellationToken)
    {
        if (requests.Count == 0)
        {
            return new BenchTimes(0, 0, 0, 0);
        }

        // Warm-up: the first call builds the index and JITs the path.
        var warm = await matcher.MatchAsync(requests[0], cancellationToken);
        var times = new double[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await matcher.MatchAsync(requests[i], cancellationToken);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        return new BenchTimes(warm.CasesConsidered, Percentile(times, 0.50), Percentile(times, 0.99), times.Average());
    }

    private static double Percentile(
        double[] sorted,
        double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string? FindCrmFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "..", "shared", "data", "crm-sales-opportunities");
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }

    private sealed record BenchTimes(int Cases, double P50, double P99, double Mean);
}
