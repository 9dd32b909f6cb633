// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Globalization;
using SalesCognition.Retrieval.Benchmarks;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command BenchSearchCommand()
    {
        var chunks = new Option<int>("--chunks")
        {
            Description = "Chunks in the synthetic index.",
            DefaultValueFactory = _ => 100_000,
        };
        var queries = new Option<int>("--queries") { Description = "Queries timed.", DefaultValueFactory = _ => 300 };
        var search = new Command("search", "Hybrid search p50/p99 over a synthetic index, and the vector leg against a naive exact scan.")
        {
            chunks, queries,
        };
        search.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "salescog-bench-" + Guid.NewGuid().ToString("N"));
            try
            {
                var progress = new SynchronousProgress<string>(line => error.WriteLine(line));
                var report = await SearchBenchmark.RunAsync(
                    result.GetValue(chunks),
                    result.GetValue(queries),
                    folder,
                    progress,
                    cancellationToken);
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{report.Chunks} chunks, {report.Queries} queries (ms)\n" +
                    $"hybrid (bm25 + vector + fusion)  p50 {report.HybridP50:F2}  p99 {report.HybridP99:F2}\n" +
                    $"vector leg (index)               p50 {report.VectorLegP50:F2}  p99 {report.VectorLegP99:F2}\n" +
                    $"vector leg with {SearchBenchmark.PassagesPerChunk} passages/chunk  " +
                    $"p50 {report.PassageLegP50:F2}  p99 {report.PassageLegP99:F2}\n" +
                    $"naive exact scan (baseline)      p50 {report.NaiveScanP50:F2}  p99 {report.NaiveScanP99:F2}\n" +
                    $"vector leg / naive scan (p50)    {report.VectorLegP50 / report.NaiveScanP50:F2}; " +
                    $"top-10 overlap {report.VectorOverlap:P0}"));
                return Success;
            }
            finally
            {
                TryDelete(folder);
            }
        }));
        return search;
    }
}
