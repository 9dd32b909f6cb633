// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging.Abstractions;
using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Tests.Pipeline;
using SalesCognition.Ingestion.Watching;

namespace SalesCognition.Ingestion.Tests.Watching;

public sealed class FolderWatcherTests
{
    private const string Tenant = TenantIds.Default;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunAsync_AddEditRenameDelete_StoresFollowTheFolder(bool events)
    {
        using var fixture = await PipelineFixture.CreateAsync();
        var folder = fixture.Folder.Combine("watched");
        Directory.CreateDirectory(folder);
        var options = events
            ? new WatchOptions { Debounce = TimeSpan.FromMilliseconds(100), RescanInterval = TimeSpan.FromMinutes(10) }
            : new WatchOptions
            {
                Debounce = TimeSpan.FromMilliseconds(100),
                RescanInterval = TimeSpan.FromMilliseconds(300),
            };
        var watcher = new FolderWatcher(fixture.Pipeline, [folder], options, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var running = watcher.RunAsync(cancellationToken: stop.Token);
        var page = Path.Combine(folder, "page.md");

        File.WriteAllText(page, "# Page\n\nFirst words.\n");
        await UntilAsync(
            fixture,
            ids => ids.SequenceEqual([page]),
            e => e.Contains("First words.", StringComparison.Ordinal));
        File.WriteAllText(page, "# Page\n\nSecond words.\n");
        await UntilAsync(
            fixture,
            ids => ids.SequenceEqual([page]),
            e => e.Contains("Second words.", StringComparison.Ordinal));
        var renamed = Path.Combine(folder, "renamed.md");
        File.Move(page, renamed);
        await UntilAsync(fixture, ids => ids.SequenceEqual([renamed]), _ => true);
        File.Delete(renamed);
        await UntilAsync(fixture, ids => ids.Count == 0, _ => true);

        await stop.CancelAsync();
        await running;
        await IngestionPipelineRemovalTests.AssertStoresAgreeAsync(fixture);
    }

    private static async Task UntilAsync(PipelineFixture fixture, Func<List<string>, bool> sources, Func<string, bool> text)
    {
        // Polls with a generous bound; the test asserts the end state, never how fast it came.
        for (var i = 0; i < 300; i++)
        {
            var ids = (await fixture.Graph.ListSourcesAsync(Tenant))
                .Where(s => s.State == SourceState.Committed)
                .Select(s => s.SourceId)
                .ToList();
            var texts = new List<string>();
            foreach (var id in ids)
            {
                texts.AddRange((await fixture.Graph.GetSourceEntriesAsync(Tenant, id)).Select(e => e.Text));
            }

            if (sources(ids) && (ids.Count == 0 || texts.Any(text)))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the stores did not follow the folder within 30 s");
    }
}
