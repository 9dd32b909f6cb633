// Copyright (c) SalesCognition. All rights reserved.

using System.Numerics.Tensors;

namespace SalesCognition.Retrieval.Vectors;

/// <summary>
/// One tenant's vectors in memory. Writes update a dictionary; searches scan a contiguous matrix that is
/// rebuilt after a write, so the hot path reads memory sequentially.
/// </summary>
internal sealed class TenantVectors(int dimensions)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (string SourceId, float[] Vector)> _byEntry = new(StringComparer.Ordinal);
    private Snapshot? _snapshot;

    public void Set(string entryId, string sourceId, float[] vector)
    {
        lock (_lock)
        {
            _byEntry[entryId] = (sourceId, vector);
            _snapshot = null;
        }
    }

    public void Replace(string sourceId, IReadOnlyList<VectorEntry> entries)
    {
        lock (_lock)
        {
            foreach (var stale in _byEntry.Where(p => p.Value.SourceId == sourceId).Select(p => p.Key).ToList())
            {
                _byEntry.Remove(stale);
            }

            foreach (var entry in entries)
            {
                _byEntry[entry.EntryId] = (sourceId, entry.Vector.ToArray());
            }

            _snapshot = null;
        }
    }

    public IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int top, CancellationToken cancellationToken)
    {
        var snapshot = CurrentSnapshot();
        var best = new PriorityQueue<int, float>(top + 1);
        for (var row = 0; row < snapshot.Ids.Length; row++)
        {
            if ((row & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var score = TensorPrimitives.Dot(query, snapshot.Matrix.AsSpan(row * dimensions, dimensions));
            if (best.Count < top)
            {
                best.Enqueue(row, score);
            }
            else if (best.TryPeek(out _, out var worst) && score > worst)
            {
                best.DequeueEnqueue(row, score);
            }
        }

        var hits = new VectorHit[best.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            best.TryDequeue(out var row, out var score);
            hits[i] = new VectorHit(snapshot.Ids[row], score);
        }

        return hits;
    }

    private Snapshot CurrentSnapshot()
    {
        lock (_lock)
        {
            if (_snapshot is { } current)
            {
                return current;
            }

            var ids = new string[_byEntry.Count];
            var matrix = new float[_byEntry.Count * dimensions];
            var row = 0;
            foreach (var (id, (_, vector)) in _byEntry.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                ids[row] = id;
                vector.CopyTo(matrix.AsSpan(row * dimensions, dimensions));
                row++;
            }

            return _snapshot = new Snapshot(ids, matrix);
        }
    }

    private sealed record Snapshot(string[] Ids, float[] Matrix);
}
