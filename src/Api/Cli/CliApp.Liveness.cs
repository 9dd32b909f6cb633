// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Text.Json;
using SalesCognition.Api.Cli.Liveness;
using SalesCognition.Graph.Model;
using SalesCognition.Retrieval.Liveness;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    /// <summary>
    /// The knowledge manager's commands: <c>liveness report|show</c>, <c>prune</c>, <c>restore</c> and <c>rate</c>.
    /// </summary>
    private IEnumerable<Command> LivenessCommands() => [LivenessCommand(), PruneCommand(), RestoreCommand(), RateCommand()];

    private Command LivenessCommand()
    {
        var command = new Command(
            "liveness",
            "Usage, freshness and ratings of every entry: the low-activity report and one entry's history.");
        command.Subcommands.Add(LivenessReportCommand());
        command.Subcommands.Add(LivenessShowCommand());
        return command;
    }

    private Command LivenessReportCommand()
    {
        var type = new Option<string?>("--type")
        {
            Description = "Only entries of this kind (section, case, news, control, component).",
        };
        var lowest = new Option<int>("--lowest")
        {
            Description = "How many of the lowest-scoring entries.",
            DefaultValueFactory = _ => 20,
        };
        var olderThan = new Option<string?>("--older-than")
        {
            Description = "Only entries whose content is at least this old (180d, 26w, 6m, 1y).",
        };
        var format = FormatOption("md", "csv", "json");

        var command = new Command("report", "The entries with the lowest liveness scores, with their metrics and why they scored low.")
        {
            type, lowest, olderThan, format,
        };
        command.SetAction((result, cancellationToken) => LivenessGuardAsync(async () =>
        {
            var query = new LivenessReportQuery
            {
                Type = result.GetValue(type),
                Lowest = result.GetValue(lowest),
                OlderThan = result.GetValue(olderThan) is { } age ? AgeFilter.Parse(age, "--older-than") : null,
            };
            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var liveness = host.Services.GetRequiredService<LivenessManager>();
            var entries = await liveness.ReportAsync(query, cancellationToken);
            var text = result.GetValue(format) switch
            {
                "csv" => LivenessText.ReportCsv(entries),
                "json" => JsonSerializer.Serialize(new { formula = liveness.Formula, entries }, CliJson.Options),
                _ => LivenessText.ReportMarkdown(entries, liveness.Formula),
            };
            await output.WriteAsync(text);
            return Success;
        }));
        return command;
    }

    private Command LivenessShowCommand()
    {
        var entry = new Argument<string>("ENTRY") { Description = "The entry's id, as `search --json` returns it." };
        var format = FormatOption("md", "json");

        var command = new Command("show", "The full metrics and history of one entry.") { entry, format };
        command.SetAction((result, cancellationToken) => LivenessGuardAsync(async () =>
        {
            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var liveness = host.Services.GetRequiredService<LivenessManager>();
            var history = await liveness.ShowAsync(TenantIds.Default, result.GetValue(entry) ?? "", cancellationToken);
            await output.WriteAsync(result.GetValue(format) == "json"
                ? JsonSerializer.Serialize(
                    new { formula = liveness.Formula, history },
                    CliJson.Options) + Environment.NewLine
                : LivenessText.ShowMarkdown(history, liveness.Formula));
            return Success;
        }));
        return command;
    }

    private Command PruneCommand()
    {
        var entries = new Argument<string[]>("ENTRY")
        {
            Description = "Entries to archive (ids from `search --json`).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var below = new Option<double?>("--below")
        {
            Description = "Archive every live entry whose score is below SCORE (0-1).",
        };
        var type = new Option<string?>("--type") { Description = "With --below: only entries of this kind." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only list what would be archived." };
        var reason = new Option<string?>("--reason") { Description = "Why (required); recorded in the audit log." };
        var actor = ActorOption();

        var command = new Command("prune", "Archive entries: they leave search, matches and proposals, but stay stored with their history.")
        {
            entries, below, type, dryRun, reason, actor,
        };
        command.SetAction((result, cancellationToken) => LivenessGuardAsync(async () =>
        {
            var request = new PruneRequest
            {
                EntryIds = result.GetValue(entries) ?? [],
                Below = result.GetValue(below),
                Type = result.GetValue(type),
                DryRun = result.GetValue(dryRun),
                Reason = result.GetValue(reason) ?? "",
                Actor = Actor(result.GetValue(actor)),
            };
            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var pruned = await host.Services.GetRequiredService<LivenessManager>().PruneAsync(
                request,
                cancellationToken);
            await output.WriteAsync(LivenessText.Action(pruned, pruned.DryRun ? "would archive" : "archived"));
            return Success;
        }));
        return command;
    }

    private Command RestoreCommand()
    {
        var entries = new Argument<string[]>("ENTRY")
        {
            Description = "Archived entries to bring back.",
            Arity = ArgumentArity.OneOrMore,
        };
        var reason = new Option<string?>("--reason") { Description = "Why (optional); recorded in the audit log." };
        var actor = ActorOption();

        var command = new Command("restore", "Bring archived entries back, unchanged.") { entries, reason, actor };
        command.SetAction((result, cancellationToken) => LivenessGuardAsync(async () =>
        {
            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var restored = await host.Services.GetRequiredService<LivenessManager>().RestoreAsync(
                TenantIds.Default,
                result.GetValue(entries) ?? [],
                Actor(result.GetValue(actor)),
                result.GetValue(reason),
                cancellationToken);
            await output.WriteAsync(LivenessText.Action(restored, "restored"));
            return Success;
        }));
        return command;
    }

    private Command RateCommand()
    {
        var entry = new Argument<string>("ENTRY") { Description = "The entry's id, as `search --json` returns it." };
        var score = new Option<int?>("--score") { Description = "1 (useless) to 5 (very useful)." };
        var helpful = new Option<bool>("--helpful")
        {
            Description = "The entry helped (counts as 5); instead of --score.",
        };
        var notHelpful = new Option<bool>("--not-helpful")
        {
            Description = "The entry did not help (counts as 1); instead of --score.",
        };
        var comment = new Option<string?>("--comment") { Description = "An optional comment." };

        var command = new Command("rate", "Rate an entry: --score N, --helpful or --not-helpful.")
        {
            entry,
            score,
            helpful,
            notHelpful,
            comment,
        };
        command.SetAction((result, cancellationToken) => LivenessGuardAsync(async () =>
        {
            var verdict = RatingVerdict(result.GetValue(score), result.GetValue(helpful), result.GetValue(notHelpful));
            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var manager = host.Services.GetRequiredService<LivenessManager>();
            var id = result.GetValue(entry) ?? "";
            var caller = UsageCaller.Opaque(CallerKind.Manager, Environment.UserName);
            var rating = verdict is { } isHelpful
                ? await manager.RateHelpfulAsync(
                    TenantIds.Default,
                    id,
                    isHelpful,
                    result.GetValue(comment),
                    caller,
                    cancellationToken)
                : await manager.RateAsync(
                    TenantIds.Default,
                    id,
                    result.GetValue(score)!.Value,
                    result.GetValue(comment),
                    caller,
                    cancellationToken);
            var said = rating.Helpful is { } wasHelpful
                ? (wasHelpful ? "helpful" : "not helpful") + $" ({rating.Score}/5)"
                : $"{rating.Score}/5";
            await output.WriteLineAsync($"rated {rating.EntryId}: {said}");
            return Success;
        }));
        return command;
    }

    /// <summary>
    /// Exactly one of --score, --helpful and --not-helpful: null for a score, else whether it helped.
    /// </summary>
    private static bool? RatingVerdict(int? score, bool helpful, bool notHelpful)
    {
        var given = (score is null ? 0 : 1) + (helpful ? 1 : 0) + (notHelpful ? 1 : 0);
        if (given != 1)
        {
            throw new LivenessRequestException(
                "score",
                given == 0
                    ? "give one of --score N, --helpful or --not-helpful."
                    : "--score, --helpful and --not-helpful exclude one another; give only one.");
        }

        if (score is { } value && value is < 1 or > 5)
        {
            throw new LivenessRequestException("score", $"--score must be between 1 and 5 (got {value}).");
        }

        return score is null ? helpful : null;
    }

    private static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static Option<string?> ActorOption() => new("--actor")
    {
        Description = "Who acts, as an opaque id for the audit log (default: a hash of the OS user name).",
    };

    private static string Actor(string? actor) =>
        string.IsNullOrWhiteSpace(actor) ? UsageCaller.OpaqueId(Environment.UserName) : actor.Trim();

    /// <summary>
    /// Runs a liveness command, turning request errors and unknown entries into one line and exit code 1.
    /// </summary>
    private Task<int> LivenessGuardAsync(Func<Task<int>> run) => GuardAsync(async () =>
    {
        try
        {
            return await run();
        }
        catch (LivenessRequestException ex)
        {
            await error.WriteLineAsync($"error: {ex.Description}");
        }
        catch (UnknownEntryException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
        }

        return Fatal;
    });
}
