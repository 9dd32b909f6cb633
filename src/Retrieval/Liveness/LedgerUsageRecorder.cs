// Copyright (c) SalesCognition. All rights reserved.

using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCognition.Retrieval.Internal;

namespace SalesCognition.Retrieval.Liveness;

/// <summary>
/// Records usage off the request path: <see cref="Record"/> only stamps the time and queues the events on a
/// bounded channel; one background writer drains it in batches, one transaction each, into the
/// <see cref="UsageLedger"/>. <see cref="FlushAsync"/> waits until everything queued before it is on disk;
/// disposing drains the queue. When the queue is full, new events are dropped and counted rather than
/// blocking a search.
/// </summary>
public sealed class LedgerUsageRecorder : IUsageRecorder, IDisposable, IAsyncDisposable
{
    private readonly UsageLedger _ledger;
    private readonly TimeProvider _time;
    private readonly ILogger<LedgerUsageRecorder> _logger;
    private readonly int _batchSize;
    private readonly Channel<object> _queue;
    private readonly Task _writer;
    private long _dropped;

    /// <summary>Creates the recorder and starts its background writer.</summary>
    public LedgerUsageRecorder(
        UsageLedger ledger,
        TimeProvider time,
        IOptions<LivenessOptions> options,
        ILogger<LedgerUsageRecorder> logger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _ledger = ledger;
        _time = time;
        _logger = logger;
        _batchSize = options.Value.BatchSize;
        _queue = Channel.CreateBounded<object>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _writer = Task.Run(DrainAsync);
    }

    /// <summary>How many events were dropped because the queue was full.</summary>
    public long DroppedCount => Interlocked.Read(ref _dropped);

    /// <inheritdoc />
    public void Record(string tenant, IReadOnlyCollection<string> entryIds, UsageKind kind, UsageCaller caller)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentNullException.ThrowIfNull(entryIds);

        var now = _time.GetUtcNow();
        foreach (var id in entryIds)
        {
            if (!_queue.Writer.TryWrite(new UsageEvent(tenant, id, kind, caller, now)))
            {
                var dropped = Interlocked.Increment(ref _dropped);

                // One warning per thousand drops keeps a flood from flooding the log as well.
                if (dropped % 1000 == 1)
                {
                    _logger.UsageEventsDropped(dropped);
                }
            }
        }
    }

    /// <summary>Waits until every event recorded before the call is written.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await _queue.Writer.WriteAsync(done, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            await _writer.ConfigureAwait(false);
            return;
        }

        await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _queue.Writer.TryComplete();

        // The writer never throws (it logs its failures), and it runs on the thread pool, so waiting cannot deadlock.
        _writer.GetAwaiter().GetResult();
    }

    private async Task DrainAsync()
    {
        var batch = new List<UsageEvent>(_batchSize);
        var flushes = new List<TaskCompletionSource>();
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < _batchSize && reader.TryRead(out var item))
            {
                if (item is UsageEvent usage)
                {
                    batch.Add(usage);
                }
                else if (item is TaskCompletionSource flush)
                {
                    flushes.Add(flush);
                    break;
                }
            }

            await WriteAsync(batch).ConfigureAwait(false);
            batch.Clear();
            foreach (var flush in flushes)
            {
                flush.TrySetResult();
            }

            flushes.Clear();
        }
    }

    private async Task WriteAsync(List<UsageEvent> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await _ledger.AppendAsync(batch).ConfigureAwait(false);
            _logger.UsageBatchWritten(batch.Count);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.UsageBatchFailed(ex, batch.Count);
        }
    }
}
