// Copyright (c) SalesCognition. All rights reserved.

using System.Collections.Concurrent;

namespace SalesCognition.Ingestion.Pipeline.Internal;

/// <summary>
/// Serialises the store writes of one source and lets a removal win over an ingest of the same source that is
/// still in flight: a removal bumps the source's generation, and an ingest writes only if the generation it saw
/// when it started is still current once it holds the source's lock.
/// </summary>
internal sealed class SourceGate
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    /// <summary>The removal generation of a source; compare it with <see cref="IsCurrent"/> later.</summary>
    public long Generation(string tenant, string sourceId) => Volatile.Read(ref SlotOf(tenant, sourceId).Removals);

    /// <summary>Whether no removal of the source was announced since <paramref name="generation"/> was read.</summary>
    public bool IsCurrent(
        string tenant,
        string sourceId,
        long generation) => Generation(tenant, sourceId) == generation;

    /// <summary>Announces a removal: every ingest of the source that started before it will write nothing.</summary>
    public void AnnounceRemoval(
        string tenant,
        string sourceId) => Interlocked.Increment(ref SlotOf(tenant, sourceId).Removals);

    /// <summary>Takes the source's write lock.</summary>
    public async Task<IDisposable> EnterAsync(string tenant, string sourceId, CancellationToken cancellationToken)
    {
        var slot = SlotOf(tenant, sourceId);
        await slot.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(slot.Lock);
    }

    private Slot SlotOf(string tenant, string sourceId) => _slots.GetOrAdd(tenant + "\n" + sourceId, _ => new Slot());

    private sealed class Slot : IDisposable
    {
        public readonly SemaphoreSlim Lock = new(1, 1);

        public long Removals;

        // Slots live as long as the pipeline; disposing is for completeness only.
        public void Dispose() => Lock.Dispose();
    }

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
