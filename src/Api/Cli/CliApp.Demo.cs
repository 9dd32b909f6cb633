// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Retrieval.Search;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private static readonly string[] DemoQueries =
    [
        "audit log",
        "等保2.0三级 审计日志",
        "multi-factor authentication for administrators",
        "北辰检索 新版本",
        "account management",
    ];

    private Command DemoCommand()
    {
        var command = new Command("demo", "Ingest the sample corpus (samples/) and run example searches.");
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            // The repository's samples/ when run from the checkout, else the copy beside the executable.
            var samples = Directory.Exists("samples") ? Path.GetFullPath("samples") : Path.Combine(
                AppContext.BaseDirectory,
                "samples");
            if (!Directory.Exists(samples))
            {
                await error.WriteLineAsync($"error: the sample corpus is missing ({samples}).");
                return Fatal;
            }

            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            await output.WriteLineAsync($"Ingesting the sample corpus from {samples}");
            var report = await IngestAsync(host, [samples], "auto", json: false, cancellationToken);

            var counts = await host.Services.GetRequiredService<IGraphStore>().CountAsync(
                TenantIds.Default,
                cancellationToken);
            await output.WriteLineAsync(
                $"The graph holds {counts.Sources} sources, {counts.Nodes} nodes, {counts.Relations} relations, {counts.Entries} entries.");

            var searcher = host.Services.GetRequiredService<HybridSearcher>();
            foreach (var query in DemoQueries)
            {
                await output.WriteLineAsync();
                await output.WriteLineAsync($"search \"{query}\"");
                var response = await searcher.SearchAsync(new SearchRequest(query, 3), cancellationToken);
                await WriteHitsAsync(response.Hits);
            }

            return report.Failed.Count == 0 ? Success : PartialFailure;
        }));
        return command;
    }
}
