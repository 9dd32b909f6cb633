// Copyright (c) SalesCognition. All rights reserved.

using System.Numerics.Tensors;

namespace SalesCognition.Retrieval.Vectors;

/// <summary>
/// One tenant's vectors in memory. Writes update a dictionary; searches scan contiguous matrices (one row per
/// entry, one row per passage) that are rebuilt after a write, so the hot path reads memory sequentially.
/// </summary>
internal sealed class TenantVectors(int dimensions)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Stored> _byEntry = new(StringComparer.Ordinal);
    private Snapshot? _snapshot;

    public void Set(string entryId, string sourceId, float[] vector)
    {
        lock (_lock)
        {
            var passages = _byEntry.TryGetValue(entryId, out var current) ? current.Passages : [];
            _byEntry[entryId] = new Stored(sourceId, vector, passages);
            _snapshot = null;
        }
    }

    public void AddPassage(string entryId, float[] vector)
    {
        lock (_lock)
        {
            if (_byEntry.TryGetValue(entryId, out var current))
            {
                _byEntry[entryId] = current with { Passages = [.. current.Passages, vector] };
                _snapshot = null;
            }
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
                _byEntry[entry.EntryId] = new Stored(
                    sourceId,
                    entry.Vector.ToArray(),
                    [.. entry.Passages.Select(p => p.Vector.ToArray())]);
            }

            _snapshot = null;
        }
    }

    /// <summary>
    /// The <paramref name="top"/> entries most similar to <paramref name="query"/>. With a
    /// <paramref name="passageWeight"/> above 0, an entry that has passages scores
    /// <c>(1 - w) * whole + w * best passage</c>.
    /// </summary>
    public IReadOnlyList<VectorHit> Search(
        ReadOnlySpan<float> query,
        int top,
        float passageWeight,
        CancellationToken cancellationToken)
    {
        var snapshot = CurrentSnapshot();
        var scores = new float[snapshot.Ids.Length];
        for (var row = 0; row < scores.Length; row++)
        {
            if ((row & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            scores[row] = TensorPrimitives.Dot(query, snapshot.Matrix.AsSpan(row * dimensions, dimensions));
        }

        float[]? bestPassage = passageWeight > 0 ? BestPassages(snapshot, query, cancellationToken) : null;
        var best = new PriorityQueue<int, float>(top + 1);
        for (var row = 0; row < scores.Length; row++)
        {
            var score = Blend(scores[row], bestPassage?[row], passageWeight);
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
            float? passage = bestPassage is { } b && !float.IsNegativeInfinity(b[row]) ? b[row] : null;
            hits[i] = new VectorHit(snapshot.Ids[row], score) { WholeScore = scores[row], PassageScore = passage };
        }

        return hits;
    }

    private static float Blend(float whole, float? passage, float weight) =>
        passage is { } p && !float.IsNegativeInfinity(p) ? ((1 - weight) * whole) + (weight * p) : whole;

    private float[] BestPassages(Snapshot snapshot, ReadOnlySpan<float> query, CancellationToken cancellationToken)
    {
        var best = new float[snapshot.Ids.Length];
        Array.Fill(best, float.NegativeInfinity);
        for (var row = 0; row < snapshot.PassageOwners.Length; row++)
        {
            if ((row & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var score = TensorPrimitives.Dot(query, snapshot.Passages.AsSpan(row * dimensions, dimensions));
            ref var owner = ref best[snapshot.PassageOwners[row]];
            if (score > owner)
            {
                owner = score;
            }
        }

        return best;
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
            var passageCount = _byEntry.Values.Sum(s => s.Passages.Length);
            var passages = new float[passageCount * dimensions];
            var owners = new int[passageCount];
            var row = 0;
            var passageRow = 0;
            foreach (var (id, stored) in _byEntry.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                ids[row] = id;
                stored.Vector.CopyTo(matrix.AsSpan(row * dimensions, dimensions));
                foreach (var passage in stored.Passages)
                {
                    passage.CopyTo(passages.AsSpan(passageRow * dimensions, dimensions));
                    owners[passageRow++] = row;
                }

                row++;
            }

            return _snapshot = new Snapshot(ids, matrix, passages, owners);
        }
    }

    private sealed record Stored(string SourceId, float[] Vector, float[][] Passages);

    private sealed record Snapshot(string[] Ids, float[] Matrix, float[] Passages, int[] PassageOwners);
}
