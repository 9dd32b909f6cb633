// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using SalesCognition.Api.Cli;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Cli;

/// <summary>
/// The knowledge manager's commands on the sample corpus with the real model: formats, a prune round trip, errors.
/// </summary>
public sealed class LivenessCliTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task PruneAndRestore_SearchedEntry_LeavesSearchAndComesBackWithItsHistory()
    {
        await RunAsync("ingest", RepositoryPaths.Samples);
        var target = await FirstHitAsync("audit log");

        var pruned = await RunAsync("prune", target, "--reason", "superseded by v2", "--actor", "km-1");
        var whileArchived = await RunAsync("search", "audit log", "--top", "100", "--json");
        var restored = await RunAsync("restore", target, "--actor", "km-2");
        var back = await FirstHitAsync("audit log");
        var show = await RunAsync("liveness", "show", target, "--format", "json");

        Assert.Equal(CliApp.Success, pruned.Code);
        Assert.DoesNotContain(target, whileArchived.Output, StringComparison.Ordinal);
        Assert.Equal(CliApp.Success, restored.Code);
        Assert.Equal(target, back);
        using var json = JsonDocument.Parse(show.Output);
        var history = json.RootElement.GetProperty("history");
        Assert.Equal(2, history.GetProperty("metrics").GetProperty("retrieved").GetProperty("total").GetInt32());
        var audit = history.GetProperty("audit").EnumerateArray().ToList();
        Assert.Equal(["restore", "prune"], audit.Select(a => a.GetProperty("action").GetString()));
        Assert.Equal("superseded by v2", audit[1].GetProperty("reason").GetString());
        Assert.Equal("km-1", audit[1].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Report_EachFormat_ListsTheLowestEntries()
    {
        await RunAsync("ingest", RepositoryPaths.Samples);

        var markdown = await RunAsync("liveness", "report", "--lowest", "3");
        var csv = await RunAsync("liveness", "report", "--lowest", "3", "--format", "csv", "--type", "case");
        var json = await RunAsync("liveness", "report", "--lowest", "3", "--format", "json", "--older-than", "1d");

        Assert.Equal(CliApp.Success, markdown.Code);
        Assert.StartsWith("# Liveness report: 3 lowest entries", markdown.Output, StringComparison.Ordinal);
        var lines = csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(
            "entry_id,kind,title,section,source_id,archived,score,usage,freshness,rating",
            lines[0],
            StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains(",case,", l, StringComparison.Ordinal));
        using var parsed = JsonDocument.Parse(json.Output);
        // Only the news sample states its own (older) date; everything else was ingested moments ago.
        var old = parsed.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.NotEmpty(old);
        Assert.All(old, e => Assert.Equal("source-date", e.GetProperty("contentChangeFrom").GetString()));
        Assert.All(old, e => Assert.True(e.GetProperty("ageDays").GetDouble() >= 1));
        Assert.Contains("2^(", parsed.RootElement.GetProperty("formula").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "prune", "e-00000000000000000000", "--reason", "x" }, "Unknown entry: e-00000000000000000000")]
    [InlineData(new[] { "prune", "e-00000000000000000000" }, "A reason is required")]
    [InlineData(new[] { "prune", "--below", "0.3" }, "A reason is required")]
    [InlineData(new[] { "prune", "--below", "7", "--reason", "x" }, "--below must be above 0 and at most 1")]
    [InlineData(new[] { "rate", "e-00000000000000000000", "--score", "6" }, "--score must be between 1 and 5")]
    [InlineData(new[] { "rate", "e-00000000000000000000", "--score", "4" }, "Unknown entry")]
    [InlineData(new[] { "liveness", "show", "e-00000000000000000000" }, "Unknown entry")]
    [InlineData(new[] { "liveness", "report", "--older-than", "soon" }, "'soon' is not an age")]
    [InlineData(new[] { "restore", "e-00000000000000000000" }, "Unknown entry")]
    public async Task Command_BadInput_ExitsOneWithAClearError(string[] args, string message)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(CliApp.Fatal, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    private async Task<string> FirstHitAsync(string query)
    {
        var (_, output, _) = await RunAsync("search", query, "--top", "5", "--json");
        using var json = JsonDocument.Parse(output);
        return json.RootElement[0].GetProperty("id").GetString()!;
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CliApp(output, error).RunAsync(["--data", _folder.Combine("data"), .. args]);
        return (code, output.ToString(), error.ToString());
    }
}
