// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using SalesCognition.Ingestion.Pipeline;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command RemoveCommand()
    {
        var sources = new Argument<string[]>("SOURCE")
        {
            Description = "Source ids, file paths or folders whose sources are removed from the graph, text index " +
                "and vectors.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("remove", "Remove sources and every trace they left (entries, postings, vectors, facts).") { sources };
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var pipeline = host.Services.GetRequiredService<IngestionPipeline>();
            var report = await pipeline.RemoveAsync(
                result.GetValue(sources) ?? [],
                cancellationToken: cancellationToken);
            foreach (var removed in report.Sources.Where(s => s.Outcome == SourceOutcome.Removed))
            {
                await error.WriteLineAsync($"removed   {removed.Source}");
            }

            await output.WriteLineAsync($"{report.Removed} removed, {report.Failed.Count} failed");
            foreach (var failed in report.Failed)
            {
                await output.WriteLineAsync($"  failed: {failed.Error}");
            }

            return report.Failed.Count == 0 ? Success : PartialFailure;
        }));
        return command;
    }
}
