// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SalesCognition.Graph.Model;
using SalesCognition.Retrieval.Liveness;
using SalesCognition.Retrieval.Search;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command SearchCommand()
    {
        var query = new Argument<string>("QUERY")
        {
            Description = "What to look for, in any language; searched as plain text.",
        };
        var top = new Option<int>("--top") { Description = "How many hits (1-100).", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of hits." };
        var rerankDepth = new Option<int?>("--rerank-depth")
        {
            Description = "Re-rank this many top hits by late interaction (0-100; the configured depth when absent).",
        };
        RequireRange(rerankDepth, 0, 100, "--rerank-depth must be between 0 (off) and 100.");

        var command = new Command("search", "Hybrid search over everything ingested.") { query, top, json, rerankDepth };
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            var topValue = result.GetValue(top);
            if (topValue is < 1 or > 100)
            {
                await error.WriteLineAsync($"--top must be between 1 and 100 (got {topValue}).");
                return Fatal;
            }

            var text = result.GetValue(query) ?? "";
            if (string.IsNullOrWhiteSpace(text))
            {
                await error.WriteLineAsync("QUERY is empty.");
                return Fatal;
            }

            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var searcher = host.Services.GetRequiredService<HybridSearcher>();
            var response = await searcher.SearchAsync(
                new SearchRequest(text, topValue) { RerankDepth = result.GetValue(rerankDepth) },
                cancellationToken);
            host.Services.GetRequiredService<IUsageRecorder>()
                .Record(
                    TenantIds.Default,
                    response.ReturnedEntryIds,
                    UsageKind.Retrieved,
                    UsageCaller.Opaque(CallerKind.Api, Environment.UserName));
            if (result.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(response.Hits, CliJson.Options));
            }
            else
            {
                await WriteHitsAsync(response.Hits);
            }

            return Success;
        }));
        return command;
    }

    private async Task WriteHitsAsync(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            await output.WriteLineAsync("  (no hits)");
        }

        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var where = hit.Section.Length > 0 ? $"{hit.Title} / {hit.Section}" : hit.Title;
            var line = string.Create(
                CultureInfo.InvariantCulture,
                $"{i + 1,2}. [{hit.Kind}] {where}  (score {hit.Score:F4})");
            await output.WriteLineAsync(line);
            await output.WriteLineAsync($"    {hit.Snippet}");
            await output.WriteLineAsync($"    source: {hit.Source} ({hit.Locator})");
            if (hit.Entities.Count > 0)
            {
                await output.WriteLineAsync($"    entities: {string.Join(", ", hit.Entities.Take(8).Select(e => $"{e.Name} ({e.Type})"))}");
            }

            foreach (var reason in hit.NeedsReview)
            {
                await output.WriteLineAsync($"    needs-review: {reason.NewsDate ?? "undated"} {reason.NewsTitle}");
            }
        }
    }
}
