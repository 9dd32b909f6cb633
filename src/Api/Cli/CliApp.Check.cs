// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Text.Json;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Retrieval.Text;
using SalesCognition.Retrieval.Vectors;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command CheckCommand()
    {
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON object with every source and its count in each store.",
        };
        var command = new Command(
            "check",
            "Repair the stores after a crash (roll interrupted commits forward, drop stray index entries) and report " +
                "whether graph, text index and vectors agree.")
        {
            json,
        };
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var recovery = await host.Services
                .GetRequiredService<IngestionPipeline>()
                .RecoverAsync(cancellationToken: cancellationToken);
            var sources = await StoreCountsAsync(host.Services, cancellationToken);
            var agree = sources.All(s => s.State == nameof(SourceState.Committed) && s.Graph == s.Text && s.Graph == s.Vectors)
                && sources.Count == sources.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count();
            if (result.GetValue(json))
            {
                var shape = new { agree, repairs = recovery.Repairs, sources };
                await output.WriteLineAsync(JsonSerializer.Serialize(shape, CliJson.Options));
            }
            else
            {
                foreach (var repair in recovery.Repairs)
                {
                    await output.WriteLineAsync($"repaired  {repair.SourceId}: {repair.Action}");
                }

                await output.WriteLineAsync(
                    $"{sources.Count} sources, {recovery.Repairs.Count} repairs, stores {(agree ? "agree" : "DISAGREE")}");
            }

            return agree ? Success : Fatal;
        }));
        return command;
    }

    private static async Task<List<StoreCount>> StoreCountsAsync(
        IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var graph = services.GetRequiredService<IGraphStore>();
        var text = await services.GetRequiredService<ITextIndex>().CountBySourceAsync(
            TenantIds.Default,
            cancellationToken);
        var vectors = await services.GetRequiredService<IVectorIndex>().CountBySourceAsync(
            TenantIds.Default,
            cancellationToken);
        var counts = new List<StoreCount>();
        foreach (var source in await graph.ListSourcesAsync(TenantIds.Default, cancellationToken))
        {
            var entries = await graph.GetSourceEntriesAsync(TenantIds.Default, source.SourceId, cancellationToken);
            counts.Add(new StoreCount(
                source.SourceId,
                source.Uri,
                source.ContentHash,
                source.State.ToString(),
                entries.Count,
                text.GetValueOrDefault(source.SourceId),
                vectors.GetValueOrDefault(source.SourceId)));
        }

        var known = counts.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var stray in text.Keys.Concat(vectors.Keys).Where(k => !known.Contains(k)).Distinct(StringComparer.Ordinal))
        {
            counts.Add(new StoreCount(
                stray,
                "",
                "",
                "Missing",
                0,
                text.GetValueOrDefault(stray),
                vectors.GetValueOrDefault(stray)));
        }

        return counts;
    }

    private sealed record StoreCount(
        string Id,
        string Uri,
        string Hash,
        string State,
        int Graph,
        int Text,
        int Vectors);
}
