// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using SalesCognition.Api.Cli;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Cli;

/// <summary>
/// The command-line contract: JSON shapes, exit codes and errors, on the sample corpus with the real model.
/// </summary>
public sealed class CliAppTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_Json_PrintsTheContractShapeAndExitsZero()
    {
        var (code, output, _) = await RunAsync("ingest", RepositoryPaths.Samples, "--json");

        Assert.Equal(CliApp.Success, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(
            Directory.EnumerateFiles(RepositoryPaths.Samples, "*", SearchOption.AllDirectories).Count(),
            root.GetProperty("added").GetInt32());
        Assert.Equal(0, root.GetProperty("updated").GetInt32());
        Assert.Equal(0, root.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, root.GetProperty("removed").GetInt32());
        Assert.Empty(root.GetProperty("failed").EnumerateArray());
    }

    [Fact]
    public async Task Ingest_SomeSourcesFail_ExitsTwoAndNamesThem()
    {
        var bad = _folder.Write("in/empty.md", " ");
        var good = _folder.Write("in/good.md", "# Good\n\nText.\n");

        var (code, output, _) = await RunAsync("ingest", bad, good, "--json");

        Assert.Equal(CliApp.PartialFailure, code);
        using var json = JsonDocument.Parse(output);
        var failed = Assert.Single(json.RootElement.GetProperty("failed").EnumerateArray());
        Assert.Equal(bad, failed.GetProperty("source").GetString());
        Assert.Contains("no content", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.RootElement.GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task Search_RerankDepth_ReRanksThatManyTopHitsWithTheLocalModel()
    {
        await RunAsync("ingest", RepositoryPaths.Samples);

        var (code, output, _) = await RunAsync("search", "audit log retention", "--top", "5", "--rerank-depth", "2", "--json");

        Assert.Equal(CliApp.Success, code);
        using var json = JsonDocument.Parse(output);
        var reranked = json.RootElement.EnumerateArray()
            .Select(h => h.GetProperty("components").TryGetProperty("rerankScore", out var r) && r.ValueKind == JsonValueKind.Number)
            .ToList();
        Assert.Equal([true, true, false, false, false], reranked);
    }

    [Fact]
    public async Task Search_Json_PrintsHitsWithTheContractFields()
    {
        await RunAsync("ingest", RepositoryPaths.Samples);

        var (code, output, _) = await RunAsync("search", "multi-factor authentication", "--top", "3", "--json");

        Assert.Equal(CliApp.Success, code);
        using var json = JsonDocument.Parse(output);
        var hits = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        foreach (var field in new[] { "id", "kind", "title", "source", "section", "snippet", "score", "entities" })
        {
            Assert.All(hits, h => Assert.True(h.TryGetProperty(field, out _), $"hit lacks '{field}'"));
        }

        Assert.True(hits[0].GetProperty("score").GetDouble() >= hits[1].GetProperty("score").GetDouble());
        Assert.Contains(
            hits.SelectMany(h => h.GetProperty("entities").EnumerateArray()),
            e => e.GetProperty("id").GetString() == "feature:multi-factor-authentication");
    }

    [Theory]
    [InlineData("search", "x", "--top", "0")]
    [InlineData("search", "x", "--top", "101")]
    [InlineData("search", " ")]
    [InlineData("ingest", "x", "--kind", "poems")]
    [InlineData("nonsense")]
    public async Task BadArguments_ExitNonZeroWithAMessage(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.NotEqual(CliApp.Success, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Theory]
    [InlineData(
        new[] { "eval", "--dataset", "x", "--passage-weight", "2" },
        "--passage-weight must be between 0 and 1",
        "see 'eval --help'")]
    [InlineData(
        new[] { "eval", "--dataset", "x", "--rerank-depth", "101" },
        "--rerank-depth must be between 0 (off) and 100",
        "see 'eval --help'")]
    [InlineData(
        new[] { "eval", "--dataset", "x", "--rerank-weight", "NaN" },
        "--rerank-weight must be between 0 and 5",
        "see 'eval --help'")]
    [InlineData(
        new[] { "eval", "--dataset", "x", "--min-ndcg", "hybrid=1.5" },
        "--min-ndcg 'hybrid=1.5' is not MODE=VALUE",
        "see 'eval --help'")]
    [InlineData(
        new[] { "eval", "--dataset", "x", "--min-ndcg", "best=0.5" },
        "--min-ndcg 'best=0.5' is not MODE=VALUE",
        "see 'eval --help'")]
    [InlineData(
        new[] { "eval", "--dataset", "x", "--rrf-k", "abc" },
        "--rrf-k expects a whole number, not 'abc'.",
        "see 'eval --help'")]
    [InlineData(
        new[] { "eval", "--dataset", "x", "--text-weight", "heavy" },
        "--text-weight expects a number such as 0.5, not 'heavy'.",
        "see 'eval --help'")]
    [InlineData(new[] { "search", "x", "--top", "2.5" }, "--top expects a whole number, not '2.5'.", "see 'search --help'")]
    [InlineData(new[] { "eval", "--dataset", "x", "--min-ndcg" }, "--min-ndcg", "see 'eval --help'")]
    [InlineData(new[] { "eval", "--dataset", "x", "--analysis", "nope" }, "--analysis does not take 'nope'.", "see 'eval --help'")]
    [InlineData(
        new[] { "search", "x", "--rerank-depth", "abc" },
        "--rerank-depth expects a whole number, not 'abc'.",
        "see 'search --help'")]
    [InlineData(
        new[] { "eval", "--dataset", "x", "--rerank-weight", "x" },
        "--rerank-weight expects a number such as 0.5, not 'x'.",
        "see 'eval --help'")]
    [InlineData(new[] { "search", "x", "--tops", "3" }, "--tops", "see 'search --help'")]
    [InlineData(new[] { "search", "x", "--rerank-depth", "-1" }, "--rerank-depth must be between 0 (off) and 100", "see 'search --help'")]
    [InlineData(new[] { "nonsense" }, "nonsense", "see '--help'")]
    public async Task ParseError_WritesTheErrorAndAHelpPointerToStandardErrorOnly(string[] args, string problem, string helpHint)
    {
        var (code, output, error) = await RunAsync(args);

        Assert.NotEqual(CliApp.Success, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.EndsWith(helpHint + " for the usage", error.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--rrf-k", "0", "--rrf-k must be between 1 and 1000.")]
    [InlineData("--text-weight", "-3", "--text-weight must be between 0 and 10.")]
    [InlineData("--vector-weight", "11", "--vector-weight must be between 0 and 10.")]
    public async Task Eval_TuningFlagOutOfRange_IsAParseErrorNamingTheFlag(string flag, string value, string message)
    {
        var (code, output, error) = await RunAsync("eval", "--dataset", _folder.Combine("missing-set"), flag, value);

        Assert.Equal(CliApp.Fatal, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_DataFolderThroughAFile_IsOneLineNotAStackTrace()
    {
        var file = _folder.Write("a-file", "x");

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CliApp(output, error).RunAsync(["--data", Path.Combine(file, "sub"), "search", "audit"]);

        Assert.Equal(CliApp.Fatal, code);
        Assert.StartsWith("error: ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("d1", CliApp.Success, "bm25 nDCG@10 1.0000 meets the floor 1")]
    [InlineData("d2", CliApp.BelowQualityFloor, "error: bm25 nDCG@10 0.0000 is below the floor 1 (--min-ndcg bm25=1)")]
    public async Task Eval_MinNdcg_ExitsBelowQualityFloorOnlyWhenAModeScoresUnderIt(string relevant, int expectedCode, string line)
    {
        // "alpha" matches only d1, so BM25 scores 1 when d1 is the relevant document and 0 when d2 is.
        _folder.Write("set/corpus.jsonl", """{"_id":"d1","title":"","text":"alpha beta"}""" + "\n"
            + """{"_id":"d2","title":"","text":"gamma delta"}""" + "\n");
        _folder.Write("set/queries.jsonl", """{"_id":"q1","text":"alpha"}""" + "\n");
        _folder.Write("set/qrels/dev.tsv", $"query-id\tcorpus-id\tscore\nq1\t{relevant}\t1\n");

        var (code, output, error) = await RunAsync(
            "eval", "--dataset", _folder.Combine("set"), "--min-ndcg", "bm25=1", "--min-ndcg", "vector=0");

        Assert.Equal(expectedCode, code);
        Assert.Contains("hybrid", output, StringComparison.Ordinal);
        Assert.Contains(line, error, StringComparison.Ordinal);
        Assert.Contains("meets the floor 0", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.7515, 0.75, "0.7515")]
    [InlineData(0.666666, 0.6667, "0.66667")]
    [InlineData(0.75, 0.75, "0.7500")]
    public void Shown_GivesEnoughPlacesToTellTheScoreFromItsFloor(double scored, double floor, string expected) =>
        Assert.Equal(expected, CliApp.Shown(scored, floor));

    [Fact]
    public async Task Eval_CacheThatIsAFile_IsAnErrorNamingIt()
    {
        _folder.Write("set/corpus.jsonl", """{"_id":"d1","title":"","text":"alpha"}""" + "\n");
        _folder.Write("set/queries.jsonl", """{"_id":"q1","text":"alpha"}""" + "\n");
        _folder.Write("set/qrels/dev.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t1\n");
        var file = _folder.Write("cache.txt", "not a folder");

        var (code, _, error) = await RunAsync("eval", "--dataset", _folder.Combine("set"), "--cache", file);

        Assert.Equal(CliApp.Fatal, code);
        Assert.Contains($"error: --cache {file} is a file; it must be a folder", error, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CliApp(output, error).RunAsync(["--data", _folder.Combine("data"), .. args]);
        return (code, output.ToString(), error.ToString());
    }
}
