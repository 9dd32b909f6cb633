// Copyright (c) SalesCognition. All rights reserved.

using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SalesCognition.Api.Hosting;
using SalesCognition.Api.V1;
using SalesCognition.Testing;
using Xunit.Abstractions;

namespace SalesCognition.EndToEnd.Tests;

/// <summary>
/// The walking skeleton on real data: ingest, re-ingest, search from the command line, gRPC and HTTP.
/// </summary>
public sealed class RealCorpusTests(RealCorpusFixture corpus, ITestOutputHelper log) : IClassFixture<RealCorpusFixture>
{
    [RequiresDataFact("product-docs-opensearch")]
    public void Ingest_RealCorpus_AddsEverySourceThatHasContent()
    {
        log.WriteLine($"first ingest {corpus.FirstDuration.TotalSeconds:F1} s, second {corpus.SecondDuration.TotalSeconds:F1} s");

        // yahoo-japan.html holds front matter only; it is the one source rejected, as "no content".
        Assert.Equal(2, corpus.FirstExitCode);
        var failed = Assert.Single(corpus.FirstIngest.GetProperty("failed").EnumerateArray());
        Assert.EndsWith("yahoo-japan.html", failed.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Contains("no content", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(ExpectedSources() - 1, corpus.FirstIngest.GetProperty("added").GetInt32());
    }

    [RequiresDataFact("product-docs-opensearch")]
    public void Ingest_SameCorpusAgain_ReportsEverySourceUnchanged()
    {
        var added = corpus.FirstIngest.GetProperty("added").GetInt32();

        Assert.Equal(2, corpus.SecondExitCode);
        Assert.Equal(added, corpus.SecondIngest.GetProperty("unchanged").GetInt32());
        Assert.Equal(
            0,
            corpus.SecondIngest.GetProperty("added").GetInt32() + corpus.SecondIngest.GetProperty("updated").GetInt32());
    }

    [RequiresDataFact("product-docs-opensearch")]
    public async Task Search_AuditLog_HasAnAuditLogsSectionInTheTopThree()
    {
        var hits = await SearchAsync("audit log");

        var top3 = hits.Take(3).Select(h => h.GetProperty("source").GetString()!).ToList();
        Assert.Contains(top3, source => source.Contains("/_security/audit-logs/", StringComparison.Ordinal));
    }

    [RequiresDataFact("product-docs-opensearch")]
    public async Task Search_AccountManagement_HasControlAc2InTheTopFive()
    {
        var hits = await SearchAsync("account management");

        Assert.Contains(hits.Take(5), hit =>
            hit.GetProperty("id").GetString() == "control:ac-2"
            || hit.GetProperty("entities").EnumerateArray().Any(e => e.GetProperty("id").GetString() == "control:ac-2"));
    }

    [RequiresDataFact("product-docs-opensearch")]
    public async Task Search_OverGrpcAndHttpOnOnePort_ReturnsTheCommandLinesIdsInOrder()
    {
        var cli = (await SearchAsync("audit log", 10)).Select(h => h.GetProperty("id").GetString()).ToList();
        await using var app = ServerHost.Build(["http://127.0.0.1:0"], corpus.DataDirectory, verbose: false);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var channel = GrpcChannel.ForAddress(address);
        var grpc = await new KnowledgeService.KnowledgeServiceClient(channel).SearchAsync(
            new SearchRequest { Query = "audit log", TopK = 10 });
        using var http = new HttpClient
        {
            BaseAddress = new Uri(address),
            DefaultRequestVersion = System.Net.HttpVersion.Version11,
        };
        var response = await http.PostAsJsonAsync("/v1/search", new { query = "audit log", topK = 10 });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        await app.StopAsync();

        Assert.Equal(cli, grpc.Hits.Select(h => h.Id));
        Assert.Equal(
            cli,
            json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    private static int ExpectedSources() =>
        Directory.EnumerateFiles(RealCorpusFixture.Paths[0], "*.md", SearchOption.AllDirectories).Count()
        + 2
        + Directory.EnumerateFiles(RealCorpusFixture.Paths[3], "*.html").Count();

    private async Task<List<JsonElement>> SearchAsync(string query, int top = 10)
    {
        var (code, output, error) = await corpus.RunAsync(
            "search",
            query,
            "--top",
            top.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--json");
        Assert.True(code == 0, error);
        return [.. JsonDocument.Parse(output).RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
