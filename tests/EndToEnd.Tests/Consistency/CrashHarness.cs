// Copyright (c) SalesCognition. All rights reserved.

using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using SalesCognition.Testing;

namespace SalesCognition.EndToEnd.Tests.Consistency;

/// <summary>
/// Changes a folder of sources, starts a real <c>ingest --prune</c> process and kills it at a random point (after a
/// random number of progress lines, or after a random delay), then runs <c>check</c> and verifies that every source is
/// fully in its old or fully in its new version and that graph, text index and vectors agree.
/// </summary>
internal sealed class CrashHarness(TempDirectory folder, int seed)
{
    private readonly Random _random = new(seed);
    private int _nextFile;

    public string Sources => folder.Combine("sources");

    public string Data => folder.Combine("data");

    public List<string> Log { get; } = [];

    public void CreateSources(int count)
    {
        Directory.CreateDirectory(Sources);
        for (var i = 0; i < count; i++)
        {
            AddFile();
        }
    }

    /// <summary>One round: change the folder, ingest, kill, check. Returns whether the process was killed.</summary>
    public async Task<bool> RunRoundAsync(int round)
    {
        var before = await CheckAsync();
        Mutate(round);

        var killed = await IngestAndKillAsync();
        var after = await CheckAsync();
        VerifyOldOrNew(before, after);
        return killed;
    }

    /// <summary>Ingests to the end and verifies that the stores hold exactly the folder's current files.</summary>
    public async Task FinishAsync()
    {
        var (code, _, error) = await CliProcess.RunAsync("ingest", "--prune", "--data", Data, Sources);
        Assert.True(code == 0, $"the final ingest failed ({code}): {error}");
        var after = await CheckAsync();
        var files = Directory.EnumerateFiles(Sources).ToDictionary(f => f, HashOf, StringComparer.Ordinal);
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(f.Value, after[f.Key].Hash));
    }

    private void Mutate(int round)
    {
        var files = Directory.EnumerateFiles(Sources).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files.OrderBy(_ => _random.Next()).Take(files.Count / 2))
        {
            File.AppendAllText(
                file,
                $"\n## Round {round}\n\nEdited in round {round}: Lumina Gateway now logs to Kubernetes.\n");
        }

        if (files.Count > 3)
        {
            File.Delete(files[_random.Next(files.Count)]);
        }

        AddFile();
    }

    private void AddFile()
    {
        var n = _nextFile++;
        var sections = string.Concat(Enumerable.Range(0, 3).Select(s =>
            $"\n## Part {s}\n\nDocument {n} part {s} explains how Lumina Gateway and Kubernetes " +
            $"handle audit trail number {n * 10 + s}.\n"));
        File.WriteAllText(Path.Combine(Sources, $"doc-{n:D3}.md"), $"# Document {n}\n{sections}");
    }

    private async Task<bool> IngestAndKillAsync()
    {
        var files = Directory.EnumerateFiles(Sources).Count();
        var mode = _random.Next(0, 3);
        var afterLines = mode == 0 ? _random.Next(1, files + 1) : -1;
        var afterCommits = mode == 2 ? _random.Next(1, (files / 2) + 1) : -1;
        var afterDelay = TimeSpan.FromMilliseconds(_random.Next(800, 2500));

        // The graph logs each committed source (event 1001) at Debug: killing on it lands between the graph's commit
        // and the index writes, the window recovery exists for.
        var environment = new Dictionary<string, string> { ["Logging__LogLevel__SalesCognition.Graph"] = "Debug" };
        using var process = CliProcess.Start(environment, "ingest", "--prune", "--data", Data, Sources);
        var commits = 0;
        var killed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = 0;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith('[') && Interlocked.Increment(ref lines) == afterLines)
            {
                killed.TrySetResult(Kill(process));
            }

            if (e.Data is { } log && log.Contains(
                "[1001]",
                StringComparison.Ordinal) && Interlocked.Increment(ref commits) == afterCommits)
            {
                killed.TrySetResult(Kill(process));
            }
        };
        process.BeginErrorReadLine();
        _ = process.StandardOutput.ReadToEndAsync();
        if (mode == 1)
        {
            _ = Task.Delay(afterDelay).ContinueWith(_ => killed.TrySetResult(Kill(process)), TaskScheduler.Default);
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        killed.TrySetResult(false);
        var wasKilled = await killed.Task;
        Log.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"mode {mode} (lines {afterLines}, commits {afterCommits}, delay {afterDelay.TotalMilliseconds} ms): " +
            $"{(wasKilled ? "killed" : "finished")} at line {lines}, commit {commits}"));
        return wasKilled;
    }

    private static bool Kill(Process process)
    {
        try
        {
            if (process.HasExited)
            {
                return false;
            }

            process.Kill(entireProcessTree: true);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private async Task<Dictionary<string, StoredSource>> CheckAsync()
    {
        if (!Directory.Exists(Data))
        {
            return [];
        }

        var (code, output, error) = await CliProcess.RunAsync("check", "--json", "--data", Data);
        Assert.True(
            code == 0,
            $"check found the stores disagreeing ({code}):\n{output}\n{error}\n{string.Join('\n', Log)}");
        using var json = JsonDocument.Parse(output);
        Log.Add(
            $"  check: {json.RootElement.GetProperty("repairs").GetArrayLength()} repairs, " +
            $"{json.RootElement.GetProperty("sources").GetArrayLength()} sources");
        Assert.True(json.RootElement.GetProperty("agree").GetBoolean());
        var sources = new Dictionary<string, StoredSource>(StringComparer.Ordinal);
        foreach (var source in json.RootElement.GetProperty("sources").EnumerateArray())
        {
            var stored = new StoredSource(
                source.GetProperty("uri").GetString()!,
                source.GetProperty("hash").GetString()!,
                source.GetProperty("graph").GetInt32(),
                source.GetProperty("text").GetInt32(),
                source.GetProperty("vectors").GetInt32());
            Assert.True(stored.Graph == stored.Text && stored.Graph == stored.Vectors, $"{stored.Uri}: counts differ");
            Assert.True(stored.Graph > 0, $"{stored.Uri}: a stored source without entries");
            sources.Add(stored.Uri, stored);
        }

        return sources;
    }

    private void VerifyOldOrNew(Dictionary<string, StoredSource> before, Dictionary<string, StoredSource> after)
    {
        foreach (var (uri, stored) in after)
        {
            var current = File.Exists(uri) ? HashOf(uri) : null;
            var old = before.GetValueOrDefault(uri)?.Hash;
            Assert.True(
                stored.Hash == current || stored.Hash == old,
                $"{uri} holds a version that is neither the old ({old}) nor the new ({current}) one: " +
                $"{stored.Hash}\n{string.Join('\n', Log)}");
        }

        foreach (var (uri, stored) in before.Where(b => File.Exists(b.Key)))
        {
            // A file that stays in the folder never disappears from the stores because of a crash.
            Assert.True(after.ContainsKey(uri), $"{uri} was lost by the crash\n{string.Join('\n', Log)}");
        }
    }

    private static string HashOf(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private sealed record StoredSource(string Uri, string Hash, int Graph, int Text, int Vectors);
}
