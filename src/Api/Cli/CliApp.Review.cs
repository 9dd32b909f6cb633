// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SalesCognition.Graph.Review;
using SalesCognition.Ingestion.News;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command ReviewCommand()
    {
        var command = new Command(
            "review",
            "Entries that need review because news mentions a competitor product they cite.");
        command.Subcommands.Add(ReviewListCommand());
        command.Subcommands.Add(ReviewConfirmCommand());
        return command;
    }

    private Command ReviewListCommand()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array of flags." };
        var all = new Option<bool>("--all") { Description = "Include confirmed and cleared flags." };
        var command = new Command("list", "List the entries flagged needs-review, with the news that flagged them.")
        {
            json,
            all,
        };
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var flags = await host.Services.GetRequiredService<ReviewService>().ListAsync(
                result.GetValue(all),
                cancellationToken: cancellationToken);
            if (result.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(flags.Select(ToJson), CliJson.Options));
                return Success;
            }

            if (flags.Count == 0)
            {
                await output.WriteLineAsync("  (no entries need review)");
            }

            foreach (var entry in flags.GroupBy(f => f.EntryId, StringComparer.Ordinal))
            {
                var first = entry.First();
                await output.WriteLineAsync($"{first.EntryId}  {first.EntryTitle}");
                await output.WriteLineAsync($"    source: {first.SourceId}");
                foreach (var flag in entry)
                {
                    var state = flag.State == ReviewState.Open ? "needs-review" : flag.State.ToString().ToLowerInvariant();
                    var note = flag.Note is null ? "" : $" ({flag.Note})";
                    await output.WriteLineAsync($"    {state}: {flag.NewsDate ?? "undated"} {flag.NewsTitle}{note}");
                }
            }

            return Success;
        }));
        return command;
    }

    private Command ReviewConfirmCommand()
    {
        var entry = new Argument<string>("ENTRY")
        {
            Description = "Entry id, source id or file path whose flags are confirmed.",
        };
        var note = new Option<string?>("--note") { Description = "Why the entry still holds." };
        var command = new Command("confirm", "Confirm that a flagged entry still holds; its open flags are resolved.")
        {
            entry,
            note,
        };
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var target = result.GetValue(entry) ?? "";
            var count = await host.Services.GetRequiredService<ReviewService>()
                .ConfirmAsync(target, result.GetValue(note), cancellationToken: cancellationToken);
            if (count == 0)
            {
                await error.WriteLineAsync($"{target}: no open review flag has this entry id, source id or path.");
                return Fatal;
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{count} flags confirmed"));
            return Success;
        }));
        return command;
    }

    private static object ToJson(ReviewFlag flag) => new
    {
        flag.EntryId,
        flag.EntryTitle,
        flag.SourceId,
        State = flag.State == ReviewState.Open ? "needs-review" : flag.State.ToString().ToLowerInvariant(),
        flag.NewsId,
        flag.NewsTitle,
        flag.NewsDate,
        flag.NewsSourceId,
        flag.ProductIds,
        flag.FlaggedAt,
        flag.ResolvedAt,
        flag.Note,
    };
}
