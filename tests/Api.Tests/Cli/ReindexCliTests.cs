// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using Microsoft.Data.Sqlite;
using SalesCognition.Api.Cli;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Cli;

/// <summary>The <c>reindex</c> command with the real model, over an index that another model built.</summary>
public sealed class ReindexCliTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Reindex_IndexOfAnotherModel_SearchFailsNamingReindexThenWorksAfterIt()
    {
        var doc = _folder.Write(
            "docs/gateway.md",
            "# Gateway\n\nThe gateway supports TLS1.3.\n\n## 部署\n\n网关支持K8s集群部署。\n");
        var (ingested, _, _) = await RunAsync("ingest", doc);
        Assert.Equal(CliApp.Success, ingested);
        var model = RecordAnotherModel("other-model");

        var (refused, _, refusal) = await RunAsync("search", "gateway");
        var (code, output, progress) = await RunAsync("reindex");
        var (searched, hits, _) = await RunAsync("search", "gateway", "--json");
        var (checkedCode, check, _) = await RunAsync("check", "--json");

        Assert.Equal(CliApp.Fatal, refused);
        Assert.Contains("'other-model'", refusal, StringComparison.Ordinal);
        Assert.Contains($"'{model}'", refusal, StringComparison.Ordinal);
        Assert.Contains("run `reindex`", refusal, StringComparison.Ordinal);
        Assert.Equal(CliApp.Success, code);
        Assert.Contains("reindexed 1/1 sources", progress, StringComparison.Ordinal);
        Assert.Contains($"'other-model' (384 dims) -> '{model}'", output, StringComparison.Ordinal);
        Assert.Equal(CliApp.Success, searched);
        using var json = JsonDocument.Parse(hits);
        Assert.NotEmpty(json.RootElement.EnumerateArray());
        Assert.Equal(CliApp.Success, checkedCode);
        using var agreement = JsonDocument.Parse(check);
        Assert.True(agreement.RootElement.GetProperty("agree").GetBoolean());
    }

    /// <summary>
    /// Rewrites the model the index records, as if another model had built it; returns the configured model id.
    /// </summary>
    private string RecordAnotherModel(string modelId)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = _folder.Combine("data", "vectors.db"),
            Pooling = false,
        }.ToString());
        connection.Open();
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT model FROM space";
        var configured = (string)read.ExecuteScalar()!;
        using var write = connection.CreateCommand();
        write.CommandText = "UPDATE space SET model = $m";
        write.Parameters.AddWithValue("$m", modelId);
        write.ExecuteNonQuery();
        return configured;
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CliApp(output, error).RunAsync(["--data", _folder.Combine("data"), .. args]);
        return (code, output.ToString(), error.ToString());
    }
}
