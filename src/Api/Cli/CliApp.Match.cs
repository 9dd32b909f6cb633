// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SalesCognition.Retrieval.Liveness;
using SalesCognition.Retrieval.Reasoning.CaseMatching;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command MatchCommand()
    {
        var file = new Option<FileInfo?>("--opportunity")
        {
            Description = "A JSON file describing the opportunity: account, industry, employees, revenue, region, " +
                "products, text, language.",
        };
        var id = new Option<string?>("--opportunity-id")
        {
            Description = "An open opportunity of the ingested CRM pipeline, by its id.",
        };
        var top = new Option<int?>("--top") { Description = "How many matches (default 5)." };
        var risks = new Option<bool>("--risks") { Description = "Also show the most similar lost deals, as risks." };
        var json = new Option<bool>("--json") { Description = "Print the matches as JSON." };

        var command = new Command("match", "Find the past cases most similar to an opportunity, with the reasons.")
        {
            file,
            id,
            top,
            risks,
            json,
        };
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            var path = result.GetValue(file);
            var opportunityId = result.GetValue(id);
            if ((path is null) == string.IsNullOrWhiteSpace(opportunityId))
            {
                await error.WriteLineAsync("error: give either --opportunity FILE or --opportunity-id ID.");
                return Fatal;
            }

            CaseMatchRequest request;
            try
            {
                request = path is null
                    ? new CaseMatchRequest { OpportunityId = opportunityId }
                    : await ReadOpportunityAsync(path, cancellationToken);
            }
            catch (InvalidMatchRequestException ex)
            {
                await error.WriteLineAsync($"error: {ex.Message}");
                return Fatal;
            }

            request = request with
            {
                Top = result.GetValue(top) ?? request.Top,
                IncludeRisks = result.GetValue(risks) || request.IncludeRisks,
            };
            using var host = await CliHost.StartAsync(
                result.GetValue(_data),
                result.GetValue(_verbose),
                cancellationToken);
            var matcher = host.Services.GetRequiredService<CaseMatcher>();
            CaseMatchResponse response;
            try
            {
                response = await matcher.MatchAsync(request, cancellationToken);
            }
            catch (InvalidMatchRequestException ex)
            {
                await error.WriteLineAsync($"error: {(ex.Field == "top" ? "--" : "")}{ex.Message}");
                return Fatal;
            }

            host.Services.GetRequiredService<IUsageRecorder>()
                .Record(
                    request.Tenant,
                    response.ShownEntryIds,
                    UsageKind.Shown,
                    UsageCaller.Opaque(CallerKind.Api, Environment.UserName));

            if (result.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(response, CliJson.Options));
            }
            else
            {
                await WriteMatchesAsync(response);
            }

            return Success;
        }));
        return command;
    }

    private static async Task<CaseMatchRequest> ReadOpportunityAsync(FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new InvalidMatchRequestException("opportunity", $"{file.FullName}: no such file.");
        }

        try
        {
            await using var stream = file.OpenRead();
            var request = await JsonSerializer.DeserializeAsync<CaseMatchRequest>(
                stream,
                OpportunityJson,
                cancellationToken);
            return request ?? throw new InvalidMatchRequestException(
                "opportunity",
                $"{file.FullName}: the file holds null, not an opportunity object.");
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? string.Create(
                CultureInfo.InvariantCulture,
                $"line {line + 1}: ") : "";
            throw new InvalidMatchRequestException(
                "opportunity",
                $"{file.FullName}: {where}not a valid opportunity ({ex.Message})");
        }
    }

    private static readonly JsonSerializerOptions OpportunityJson = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private async Task WriteMatchesAsync(CaseMatchResponse response)
    {
        await WriteMatchListAsync(response.Matches);
        if (response.Risks.Count > 0)
        {
            await output.WriteLineAsync("Risks (similar lost deals):");
            await WriteMatchListAsync(response.Risks);
        }

        var weights = string.Join(
            ", ",
            response.Weights.ToList().Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Facet} {w.Weight:0.##}")));
        await output.WriteLineAsync($"weights: {weights}");
        await output.WriteLineAsync(
            $"missing facets: {(response.MissingFacets.Count == 0 ? "none" : string.Join(", ", response.MissingFacets))}");
        foreach (var note in response.Notes)
        {
            await output.WriteLineAsync($"note: {note}");
        }
    }

    private async Task WriteMatchListAsync(IReadOnlyList<CaseMatch> matches)
    {
        if (matches.Count == 0)
        {
            await output.WriteLineAsync("  (no cases)");
        }

        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var more = m.SimilarDeals > 1 ? string.Create(
                CultureInfo.InvariantCulture,
                $" (+{m.SimilarDeals - 1} similar deals)") : "";
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{i + 1,2}. {m.Title}{more}  score {m.Score:F3}  [{m.CaseId}]"));
            await output.WriteLineAsync($"    {m.Reason}");
            var f = m.Facets;
            var parts = new (string Name, double? Value)[]
            {
                ("industry", f.Industry),
                ("size", f.Size),
                ("region", f.Region),
                ("products", f.Products),
                ("text", f.Text),
                ("graph", f.Graph),
            };
            await output.WriteLineAsync("    " + string.Join(
                "  ",
                parts
                    .Where(p => p.Value is not null)
                    .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Value:0.00}"))));
        }
    }
}
