// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SalesCognition.Retrieval.Liveness;
using SalesCognition.Testing;

namespace SalesCognition.Retrieval.Tests.Liveness;

public sealed class LedgerUsageRecorderTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 2, 3, 4, 5, 6, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task FlushAsync_AfterRecord_EventsAreInTheLedgerWithTheirTimeAndCaller()
    {
        using var ledger = new UsageLedger(_folder.Combine("liveness.db"));
        await using var recorder = Recorder(ledger, new LivenessOptions { BatchSize = 2 });

        recorder.Record(
            "t",
            ["a", "b", "c"],
            UsageKind.Retrieved,
            UsageCaller.Opaque(CallerKind.Crm, "alice@example.com"));
        _time.Advance(TimeSpan.FromMinutes(1));
        recorder.Record("t", ["a"], UsageKind.Cited, UsageCaller.Anonymous(CallerKind.Chat));
        await recorder.FlushAsync();

        var events = await ReadAsync(ledger, "t");
        Assert.Equal(["a", "b", "c", "a"], events.Select(e => e.EntryId));
        Assert.Equal(UsageKind.Cited, events[3].Kind);
        Assert.Equal(_time.GetUtcNow(), events[3].At);
        Assert.Equal(CallerKind.Crm, events[0].Caller.Kind);
        Assert.DoesNotContain("alice", events[0].Caller.Id, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(UsageCaller.OpaqueId("alice@example.com"), events[0].Caller.Id);
    }

    [Fact]
    public async Task DisposeAsync_WithQueuedEvents_WritesThemAllBeforeReturning()
    {
        var path = _folder.Combine("liveness.db");
        using (var ledger = new UsageLedger(path))
        {
            var recorder = Recorder(ledger, new LivenessOptions());
            for (var i = 0; i < 5000; i++)
            {
                recorder.Record("t", [$"e{i % 50}"], UsageKind.Retrieved, UsageCaller.Anonymous(CallerKind.Api));
            }

            await recorder.DisposeAsync();
        }

        using var reopened = new UsageLedger(path);
        Assert.Equal(5000, (await ReadAsync(reopened, "t")).Count);
    }

    [Fact]
    public async Task Record_QueueFull_DropsAndCountsInsteadOfBlocking()
    {
        using var ledger = new UsageLedger(_folder.Combine("liveness.db"));
        await using var recorder = Recorder(ledger, new LivenessOptions { QueueCapacity = 100, BatchSize = 1 });
        var ids = Enumerable.Range(0, 20_000).Select(i => $"e{i}").ToArray();

        recorder.Record("t", ids, UsageKind.Retrieved, UsageCaller.Anonymous(CallerKind.Api));
        await recorder.FlushAsync();

        var written = (await ReadAsync(ledger, "t")).Count;
        Assert.True(recorder.DroppedCount > 0);
        Assert.Equal(ids.Length, written + recorder.DroppedCount);
    }

    [Fact]
    public async Task ReadUsageAsync_OtherTenant_SeesNothing()
    {
        using var ledger = new UsageLedger(_folder.Combine("liveness.db"));
        await using var recorder = Recorder(ledger, new LivenessOptions());

        recorder.Record("acme", ["a"], UsageKind.Shown, UsageCaller.Anonymous(CallerKind.Manager));
        await recorder.FlushAsync();

        Assert.Empty(await ReadAsync(ledger, "globex"));
        Assert.Single(await ReadAsync(ledger, "acme"));
    }

    private LedgerUsageRecorder Recorder(UsageLedger ledger, LivenessOptions options) =>
        new(ledger, _time, Options.Create(options), NullLogger<LedgerUsageRecorder>.Instance);

    private static async Task<List<UsageEvent>> ReadAsync(UsageLedger ledger, string tenant)
    {
        var events = new List<UsageEvent>();
        await foreach (var usage in ledger.ReadUsageAsync(tenant))
        {
            events.Add(usage);
        }

        return events;
    }
}
