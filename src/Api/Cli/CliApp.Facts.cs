// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SalesCognition.Ingestion.News;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command FactsCommand()
    {
        var product = new Argument<string>("PRODUCT")
        {
            Description = "A product name, alias or node id (Solr, Quickwit).",
        };
        var at = new Option<string?>("--at") { Description = "Only the facts valid on this date (YYYY-MM-DD)." };
        var json = new Option<bool>("--json") { Description = "Print the versions and facts as JSON." };
        var command = new Command("facts", "What the news says a product's versions support, now or on a date.")
        {
            product,
            at,
            json,
        };
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            DateOnly? date = null;
            if (result.GetValue(at) is { } text)
            {
                if (!DateOnly.TryParseExact(
                    text,
                    "yyyy-MM-dd",
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.None,
                    out var parsed))
                {
                    await error.WriteLineAsync($"--at must be a date as YYYY-MM-DD (got '{text}').");
                    return Fatal;
                }

                date = parsed;
            }

            var name = result.GetValue(product) ?? "";
            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var facts = await host.Services.GetRequiredService<ProductFactsService>().GetFactsAsync(
                name,
                date,
                cancellationToken: cancellationToken);
            if (facts is null)
            {
                await error.WriteLineAsync($"{name}: no product or competitor product has this name.");
                return Fatal;
            }

            if (result.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(facts, CliJson.Options));
                return Success;
            }

            await output.WriteLineAsync($"{facts.ProductName} ({facts.ProductId}): {facts.Versions.Count} versions"
                + (facts.At is null ? "" : $", facts valid on {facts.At}"));
            foreach (var fact in facts.Facts)
            {
                var status = fact.Current ? "current" : $"superseded by {fact.SupersededBy} on {fact.ValidTo ?? "an undated release"}";
                await output.WriteLineAsync(
                    $"  {fact.Attribute,-8} {fact.Value,-10} from {fact.Version} ({fact.ValidFrom ?? "undated"})  {status}");
            }

            return Success;
        }));
        return command;
    }
}
