// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using SalesCognition.Api.Cli;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Cli;

/// <summary>Open needs-review flags in <c>liveness show</c>, and <c>rate --helpful / --not-helpful</c>.</summary>
public sealed class LivenessFlagAndVerdictCliTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Show_BattleCardFlaggedByNews_CountsTheOpenFlag()
    {
        await RunAsync("ingest", Path.Combine(RepositoryPaths.Samples, "battlecards"));
        await RunAsync("ingest", Path.Combine(RepositoryPaths.Samples, "news"));
        var flags = await RunAsync("review", "list", "--json");
        using var listed = JsonDocument.Parse(flags.Output);
        var flagged = listed.RootElement.EnumerateArray().Select(f => f.GetProperty("entryId").GetString()!).ToList();
        var target = flagged[0];

        var show = await RunAsync("liveness", "show", target, "--format", "json");
        var markdown = await RunAsync("liveness", "show", target);

        Assert.Equal(CliApp.Success, show.Code);
        using var json = JsonDocument.Parse(show.Output);
        var metrics = json.RootElement.GetProperty("history").GetProperty("metrics");
        Assert.Equal(flagged.Count(f => f == target), metrics.GetProperty("needsReview").GetInt32());
        Assert.True(metrics.GetProperty("needsReview").GetInt32() > 0);
        Assert.Contains(
            $"open needs-review flags: {metrics.GetProperty("needsReview").GetInt32()}",
            markdown.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnflaggedEntry_HasNoOpenFlags()
    {
        await RunAsync("ingest", Path.Combine(RepositoryPaths.Samples, "docs"));
        var target = await FirstHitAsync("audit log");

        var show = await RunAsync("liveness", "show", target, "--format", "json");

        using var json = JsonDocument.Parse(show.Output);
        Assert.Equal(
            0,
            json.RootElement.GetProperty("history").GetProperty("metrics").GetProperty("needsReview").GetInt32());
    }

    [Fact]
    public async Task Rate_HelpfulAndNotHelpful_StoreTheVerdictsAsFiveAndOne()
    {
        await RunAsync("ingest", Path.Combine(RepositoryPaths.Samples, "docs"));
        var target = await FirstHitAsync("audit log");

        var helpful = await RunAsync("rate", target, "--helpful", "--comment", "answered the question");
        var notHelpful = await RunAsync("rate", target, "--not-helpful");
        var show = await RunAsync("liveness", "show", target, "--format", "json");

        Assert.Equal(CliApp.Success, helpful.Code);
        Assert.Equal($"rated {target}: helpful (5/5)", helpful.Output.Trim());
        Assert.Equal(CliApp.Success, notHelpful.Code);
        Assert.Equal($"rated {target}: not helpful (1/5)", notHelpful.Output.Trim());
        using var json = JsonDocument.Parse(show.Output);
        var metrics = json.RootElement.GetProperty("history").GetProperty("metrics");
        Assert.Equal(2, metrics.GetProperty("ratingCount").GetInt32());
        Assert.Equal(3.0, metrics.GetProperty("ratingAverage").GetDouble());
    }

    [Theory]
    [InlineData("give one of --score N, --helpful or --not-helpful.")]
    [InlineData(
        "--score, --helpful and --not-helpful exclude one another; give only one.",
        "--score",
        "4",
        "--helpful")]
    [InlineData(
        "--score, --helpful and --not-helpful exclude one another; give only one.",
        "--helpful",
        "--not-helpful")]
    [InlineData("--score must be between 1 and 5 (got 6).", "--score", "6")]
    public async Task Rate_NoneOrSeveralVerdicts_FailsWithAClearError(string message, params string[] verdict)
    {
        var result = await RunAsync(["rate", "entry-that-is-never-looked-up", .. verdict]);

        Assert.Equal(CliApp.Fatal, result.Code);
        Assert.Equal($"error: {message}", result.Error.Trim());
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
