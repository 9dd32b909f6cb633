// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Globalization;
using SalesCognition.Ingestion.Reindexing;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command ReindexCommand()
    {
        var command = new Command(
            "reindex",
            "Rebuild the vectors of every entry with the configured embedding model (after changing models). " +
            "The new index replaces the old one only when complete; stop the server first.");
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            // Resolves the graph and the embedding model only: the vector index, which refuses another model, is not opened.
            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var reindexer = host.Services.GetRequiredService<VectorReindexer>();
            var progress = new SynchronousProgress<ReindexProgress>(p => error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"reindexed {p.SourcesDone}/{p.SourcesTotal} sources, {p.EntriesDone} entries  {p.SourceId}")));
            ReindexReport report;
            try
            {
                report = await reindexer.ReindexAsync(progress, cancellationToken);
            }
            catch (IOException ex)
            {
                await error.WriteLineAsync($"error: {ex.Message}");
                return Fatal;
            }

            var from = report.Previous is { } previous ? $"'{previous.ModelId}' ({previous.Dimensions} dims)" : "no index";
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"reindexed {report.Sources} sources, {report.Entries} entries ({report.Embedded} texts embedded): " +
                $"{from} -> '{report.Space.ModelId}' ({report.Space.Dimensions} dims)"));
            return Success;
        }));
        return command;
    }
}
