// Copyright (c) SalesCognition. All rights reserved.

using System.Diagnostics;
using System.Text.Json;
using SalesCognition.Api.Cli;
using SalesCognition.Testing;

namespace SalesCognition.EndToEnd.Tests;

/// <summary>
/// Ingests the real public corpus of the walking skeleton once, through the command line, into one data folder
/// shared by the end-to-end tests of <see cref="RealCorpusTests"/>.
/// </summary>
public sealed class RealCorpusFixture : IAsyncLifetime, IDisposable
{
    private const string PassageVectorsVariable = "Ingestion__PassageVectors";
    private readonly TempDirectory _folder = new();

    public static IReadOnlyList<string> Paths { get; } =
    [
        RepositoryPaths.Data("product-docs-opensearch", "docs"),
        RepositoryPaths.Data(
            "nist-800-53-rev5-oscal",
            "baselines",
            "NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json"),
        RepositoryPaths.Data(
            "nist-800-53-rev5-oscal",
            "real-component-definition-openshift",
            "ocp4-nist_ocp4-moderate.component-definition.json"),
        RepositoryPaths.Data("customer-case-studies", "kubernetes", "case-studies"),
    ];

    public static bool DataPresent => DataAvailability.IsAvailable("product-docs-opensearch");

    public string DataDirectory => _folder.Combine("data");

    public JsonElement FirstIngest { get; private set; }

    public JsonElement SecondIngest { get; private set; }

    public int FirstExitCode { get; private set; }

    public int SecondExitCode { get; private set; }

    public TimeSpan FirstDuration { get; private set; }

    public TimeSpan SecondDuration { get; private set; }

    public async Task InitializeAsync()
    {
        if (!DataPresent)
        {
            return;
        }

        // Passage vectors would double the embedding work of this corpus (minutes of CI on two cores); they are
        // covered by the retrieval and API tests and by `eval`.
        Environment.SetEnvironmentVariable(PassageVectorsVariable, "false");
        try
        {
            var clock = Stopwatch.StartNew();
            (FirstExitCode, FirstIngest) = await IngestAsync();
            FirstDuration = clock.Elapsed;

            clock.Restart();
            (SecondExitCode, SecondIngest) = await IngestAsync();
            SecondDuration = clock.Elapsed;
        }
        finally
        {
            Environment.SetEnvironmentVariable(PassageVectorsVariable, null);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();

    /// <summary>Runs the command line in-process against the fixture's data folder.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CliApp(output, error).RunAsync(["--data", DataDirectory, .. args]);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<(int, JsonElement)> IngestAsync()
    {
        var (code, output, error) = await RunAsync(["ingest", .. Paths, "--json"]);
        try
        {
            return (code, JsonDocument.Parse(output).RootElement.Clone());
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"ingest printed no JSON (exit {code}): {output}\n{error}", ex);
        }
    }
}
