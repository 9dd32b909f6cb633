// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Ingestion.Sources;
using SalesCognition.Ingestion.Watching;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command WatchCommand()
    {
        var folders = new Argument<string[]>("DIR")
        {
            Description = "Folders to keep the stores in step with.",
            Arity = ArgumentArity.OneOrMore,
        };
        var debounce = new Option<int>("--debounce")
        {
            Description = "Quiet time in milliseconds after the last change before the stores are updated.",
            DefaultValueFactory = _ => 500,
        };
        var rescan = new Option<int>("--rescan")
        {
            Description = "Seconds between full rescans, which catch changes the file-system events missed.",
            DefaultValueFactory = _ => 60,
        };
        var command = new Command("watch", "Keep the stores in step with folders: additions, edits, renames and deletions.")
        {
            folders, debounce, rescan,
        };
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var options = new WatchOptions
            {
                Debounce = TimeSpan.FromMilliseconds(Math.Max(0, result.GetValue(debounce))),
                RescanInterval = TimeSpan.FromSeconds(Math.Max(1, result.GetValue(rescan))),
                Kind = SourceKinds.Auto,
            };
            var watcher = new FolderWatcher(
                host.Services.GetRequiredService<IngestionPipeline>(),
                result.GetValue(folders) ?? [],
                options,
                host.Services.GetRequiredService<ILoggerFactory>().CreateLogger<FolderWatcher>());
            await error.WriteLineAsync("watching; press Ctrl+C to stop.");
            await watcher.RunAsync(new SynchronousProgress<IngestReport>(ReportPass), cancellationToken);
            return Success;
        }));
        return command;
    }

    private void ReportPass(IngestReport report)
    {
        foreach (var source in report.Sources.Where(s => s.Outcome != SourceOutcome.Unchanged))
        {
            error.WriteLine(
                $"{source.Outcome.ToString().ToLowerInvariant(),-9} {source.Source}" +
                $"{(source.Error is null ? "" : ": " + source.Error)}");
        }
    }
}
