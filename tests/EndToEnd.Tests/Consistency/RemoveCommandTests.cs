// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using SalesCognition.Api.Cli;
using SalesCognition.Testing;

namespace SalesCognition.EndToEnd.Tests.Consistency;

public sealed class RemoveCommandTests
{
    [Fact]
    public async Task Remove_AfterIngest_SourceIsGoneAndCheckReportsAgreement()
    {
        using var folder = new TempDirectory();
        var keep = folder.Write("src/keep.md", "# Keep\n\nLumina Gateway stays.\n");
        var drop = folder.Write("src/drop.md", "# Drop\n\nThis page goes.\n");
        await RunAsync(folder, "ingest", folder.Combine("src"));

        var (code, output, _) = await RunAsync(folder, "remove", drop);
        var (checkCode, check, _) = await RunAsync(folder, "check", "--json");

        Assert.Equal(CliApp.Success, code);
        Assert.StartsWith("1 removed, 0 failed", output, StringComparison.Ordinal);
        Assert.Equal(CliApp.Success, checkCode);
        using var json = JsonDocument.Parse(check);
        Assert.True(json.RootElement.GetProperty("agree").GetBoolean());
        var uris = json.RootElement
            .GetProperty("sources")
            .EnumerateArray()
            .Select(s => s.GetProperty("uri").GetString());
        Assert.Equal([keep], uris);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(
        TempDirectory folder,
        params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CliApp(output, error).RunAsync(["--data", folder.Combine("data"), .. args]);
        return (code, output.ToString(), error.ToString());
    }
}
