// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Text.Json;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command IngestCommand()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders to ingest (folders recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var kind = new Option<string>("--kind")
        {
            Description = "The kind of the sources: auto (detect), docs, cases, news or standard.",
            DefaultValueFactory = _ => SourceKinds.Auto,
        };
        kind.AcceptOnlyFromAmong([.. SourceKinds.All]);
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the outcome." };
        var prune = new Option<bool>("--prune")
        {
            Description = "Also remove stored sources whose files are gone from the given folders.",
        };

        var command = new Command("ingest", "Ingest product docs, cases, news and compliance catalogs.")
        {
            paths,
            kind,
            json,
            prune,
        };
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var report = await IngestAsync(
                host,
                result.GetValue(paths) ?? [],
                result.GetValue(kind)!,
                result.GetValue(json),
                result.GetValue(prune),
                cancellationToken);
            return report.Failed.Count == 0 ? Success : PartialFailure;
        }));
        return command;
    }

    private Task<IngestReport> IngestAsync(
        IHost host,
        string[] paths,
        string kind,
        bool json,
        CancellationToken cancellationToken) =>
        IngestAsync(host, paths, kind, json, prune: false, cancellationToken);

    private async Task<IngestReport> IngestAsync(
        IHost host,
        string[] paths,
        string kind,
        bool json,
        bool prune,
        CancellationToken cancellationToken)
    {
        var pipeline = host.Services.GetRequiredService<IngestionPipeline>();
        var progress = new SynchronousProgress<IngestProgress>(p =>
            error.WriteLine($"[{p.Done}/{p.Total}] {p.Result.Outcome.ToString().ToLowerInvariant(),-9} {p.Result.Source}"));
        var report = await pipeline.IngestAsync(paths, kind, progress: progress, cancellationToken: cancellationToken);
        if (prune)
        {
            var pruned = await pipeline.PruneAsync(
                [.. paths.Where(Directory.Exists)],
                cancellationToken: cancellationToken);
            foreach (var removed in pruned.Sources)
            {
                await error.WriteLineAsync($"removed   {removed.Source}");
            }

            report = new IngestReport([.. report.Sources, .. pruned.Sources]);
        }

        if (json)
        {
            var shape = new
            {
                added = report.Added,
                updated = report.Updated,
                unchanged = report.Unchanged,
                removed = report.Removed,
                failed = report.Failed.Select(f => new { source = f.Source, error = f.Error }),
                warnings = report.Sources.SelectMany(s => s.Warnings),
            };
            await output.WriteLineAsync(JsonSerializer.Serialize(shape, CliJson.Options));
            return report;
        }

        await output.WriteLineAsync(
            $"{report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, " +
            $"{report.Removed} removed, {report.Failed.Count} failed");
        foreach (var warning in report.Sources.SelectMany(s => s.Warnings))
        {
            await output.WriteLineAsync($"  warning: {warning}");
        }

        foreach (var failed in report.Failed)
        {
            await output.WriteLineAsync($"  failed: {failed.Error}");
        }

        return report;
    }

    /// <summary>
    /// Reports progress on the calling thread, in order (Progress&lt;T&gt; would post to the thread pool).
    /// </summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
