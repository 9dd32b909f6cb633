// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Text.Json;
using SalesCognition.Graph.Model;
using SalesCognition.Retrieval.Liveness;
using SalesCognition.Retrieval.Reasoning.GapAnalysis;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command GapCommand()
    {
        var profile = new Option<FileInfo>("--profile")
        {
            Description = "The customer profile, YAML or JSON (standard, level or baseline, extensions, implemented, " +
                "components...).",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "md (a report for the customer) or json.",
            DefaultValueFactory = _ => "md",
        };
        format.AcceptOnlyFromAmong("md", "json");
        var textMatches = new Option<bool>("--text-matches")
        {
            Description = "Add low-confidence recommendations found by hybrid search (slower: one search per open " +
                "control).",
        };

        var command = new Command("gap", "Compliance gap analysis of a customer profile against a standard's baseline or level.")
        {
            profile, format, textMatches,
        };
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            var file = result.GetValue(profile)!;
            if (!file.Exists)
            {
                await error.WriteLineAsync($"error: --profile: {file.FullName}: no such file.");
                return Fatal;
            }

            try
            {
                var parsed = GapProfileReader.Parse(await File.ReadAllTextAsync(file.FullName, cancellationToken));
                using var host = await CliHost.StartAsync(
                    result.GetValue(_data),
                    result.GetValue(_verbose),
                    cancellationToken);
                var analyzer = host.Services.GetRequiredService<GapAnalyzer>();
                var options = new GapAnalysisOptions { IncludeTextMatches = result.GetValue(textMatches) };
                var report = await analyzer.AnalyzeAsync(parsed, options, cancellationToken: cancellationToken);
                host.Services.GetRequiredService<IUsageRecorder>()
                    .Record(
                        TenantIds.Default,
                        report.EntryIds,
                        UsageKind.Shown,
                        UsageCaller.Opaque(CallerKind.Api, Environment.UserName));
                await output.WriteAsync(result.GetValue(format) == "json"
                    ? JsonSerializer.Serialize(report, CliJson.Options) + Environment.NewLine
                    : GapMarkdownWriter.Write(report));
                return Success;
            }
            catch (GapProfileException ex)
            {
                await error.WriteLineAsync($"error: {file.Name}: {ex.Message}");
                return Fatal;
            }
        }));
        return command;
    }
}
