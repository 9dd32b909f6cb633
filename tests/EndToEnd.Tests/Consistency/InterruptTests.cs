// Copyright (c) SalesCognition. All rights reserved.

using System.Diagnostics;
using System.Globalization;
using System.Text;
using SalesCognition.Testing;

namespace SalesCognition.EndToEnd.Tests.Consistency;

/// <summary>Ctrl+C (SIGINT) stops a long command promptly, as the command line promises.</summary>
public sealed class InterruptTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    // A process the signal itself kills also ends with 128 + the signal's number; the "cancelled:" line proves that
    // the command saw the cancellation and finished its own way.
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Eval_InterruptedWhileEmbedding_ReportsCancelledAndExits130(string signal)
    {
        var dataset = WriteDataset(documents: 3000);

        using var process = CliProcess.Start(
            "eval",
            "--dataset",
            dataset,
            "--cache",
            _folder.Combine("cache"));
        var (exitCode, error) = await InterruptAfterAsync(process, "embedding documents", signal);

        Assert.True(
            exitCode == 130 && error.Contains("cancelled:", StringComparison.Ordinal),
            $"exit {exitCode}, standard error:\n{error}");
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Watch_Interrupted_StopsCleanly(string signal)
    {
        Directory.CreateDirectory(_folder.Combine("watched"));

        using var process = CliProcess.Start(
            "watch",
            _folder.Combine("watched"),
            "--data",
            _folder.Combine("data"));
        var (exitCode, error) = await InterruptAfterAsync(process, "watching", signal);

        // Stopped while waiting for changes it returns 0; stopped during its first pass it reports "cancelled:", 130.
        Assert.True(
            exitCode == 0 || (exitCode == 130 && error.Contains("cancelled:", StringComparison.Ordinal)),
            $"exit {exitCode}, standard error:\n{error}");
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
    }

    /// <summary>Waits for <paramref name="marker"/> on standard error, sends the signal, and waits for the exit.</summary>
    private static async Task<(int ExitCode, string Error)> InterruptAfterAsync(
        Process process,
        string marker,
        string signal)
    {
        var error = new StringBuilder();
        var output = process.StandardOutput.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Patience);
        try
        {
            while (await process.StandardError.ReadLineAsync(deadline.Token) is { } line)
            {
                error.AppendLine(line);
                if (line.Contains(marker, StringComparison.Ordinal))
                {
                    break;
                }
            }

            Assert.True(
                error.ToString().Contains(marker, StringComparison.Ordinal),
                $"'{marker}' never appeared on standard error:\n{error}");
            using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(deadline.Token);
            }

            error.Append(await process.StandardError.ReadToEndAsync(deadline.Token));
            await process.WaitForExitAsync(deadline.Token);
            await output;
            return (process.ExitCode, error.ToString());
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The command did not stop within {Patience.TotalSeconds} s:\n{error}");
        }
    }

    private string WriteDataset(int documents)
    {
        var words = new[] { "gateway", "audit", "log", "cluster", "index", "snapshot", "alert", "role", "tenant", "key" };
        var corpus = new StringBuilder();
        for (var i = 0; i < documents; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 120).Select(j => words[((i * 7) + (j * 3)) % words.Length] + j));
            corpus.Append(
                CultureInfo.InvariantCulture,
                $$"""{"_id":"d{{i}}","title":"Doc {{i}}","text":"{{text}}. Second sentence {{i}} here."}""");
            corpus.Append('\n');
        }

        _folder.Write("set/corpus.jsonl", corpus.ToString());
        _folder.Write("set/queries.jsonl", """{"_id":"q1","text":"audit log"}""" + "\n");
        _folder.Write("set/qrels/dev.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t1\n");
        return _folder.Combine("set");
    }
}
