// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Storage;

namespace SalesCognition.Retrieval.Search.Internal;

/// <summary>
/// Expands and re-ranks fused candidates through the graph: the entities the top hits mention, and their neighbours
/// one relation away, are the topic of the result. Entries that mention those entities join the candidates even when
/// neither leg found them (graph-only candidates, with no leg rank), and every candidate that mentions them gains a
/// little in proportion to its proximity.
/// </summary>
/// <remarks>
/// Kept cheap on purpose: one read of the candidates' entries, one read of the entries mentioning the seed entities
/// (at most <see cref="MaxSeedEntities"/>, keeping <see cref="MaxExpanded"/> of them) and one relation read per seed.
/// </remarks>
internal static class GraphExpansion
{
    public const int MaxSeedEntities = 8;

    public const int MaxExpanded = 20;

    private const int MaxCandidates = 100;

    private const double NeighbourCredit = 0.5;

    public static async Task<List<(string Id, ScoreBreakdown Score)>> ApplyAsync(
        IGraphStore graph,
        string tenant,
        List<(string Id, ScoreBreakdown Score)> fused,
        RetrievalOptions options,
        CancellationToken cancellationToken)
    {
        if (options.GraphSeedHits == 0 || options.GraphProximityWeight <= 0 || fused.Count == 0)
        {
            return fused;
        }

        var pool = fused.Take(MaxCandidates).ToList();
        var entries = (await graph.GetEntriesAsync(tenant, [.. pool.Select(p => p.Id)], cancellationToken: cancellationToken)
            .ConfigureAwait(false)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var seeds = pool
            .Where(p => entries.ContainsKey(p.Id))
            .Take(options.GraphSeedHits)
            .SelectMany(p => entries[p.Id].Mentions.Select(m => m.NodeId))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxSeedEntities)
            .ToHashSet(StringComparer.Ordinal);
        if (seeds.Count == 0)
        {
            return fused;
        }

        var neighbours = new HashSet<string>(StringComparer.Ordinal);
        foreach (string seed in seeds)
        {
            foreach (var relation in await graph.GetRelationsAsync(
                tenant,
                seed,
                cancellationToken).ConfigureAwait(false))
            {
                neighbours.Add(string.Equals(
                    relation.FromId,
                    seed,
                    StringComparison.Ordinal) ? relation.ToId : relation.FromId);
            }
        }

        neighbours.ExceptWith(seeds);
        double top = fused[0].Score.Fused;
        var known = fused.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var expanded = (await graph.GetEntriesMentioningAsync(tenant, seeds, cancellationToken).ConfigureAwait(false))
            .Where(e => !known.Contains(e.Id))
            .OrderByDescending(e => e.Mentions.Select(m => m.NodeId).Distinct(StringComparer.Ordinal).Count(seeds.Contains))
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(MaxExpanded)
            .ToList();
        foreach (var entry in expanded)
        {
            entries[entry.Id] = entry;
        }

        var template = fused[0].Score;
        var candidates = fused.Take(MaxCandidates)
            .Concat(expanded.Select(e => (e.Id, Score: new ScoreBreakdown(null, null, null, null, 0)
            {
                Fusion = template.Fusion,
                VectorWeight = template.VectorWeight,
                VectorNote = template.VectorNote,
                FusedBeforeGraph = 0,
            })))
            .Concat(fused.Skip(MaxCandidates));
        var ranked = candidates.Select(p =>
        {
            if (!entries.TryGetValue(p.Id, out var entry))
            {
                return p;
            }

            var mentioned = entry.Mentions.Select(m => m.NodeId).Distinct(StringComparer.Ordinal).ToList();
            double credit = mentioned.Count(seeds.Contains) + (NeighbourCredit * mentioned.Count(neighbours.Contains));
            double proximity = Math.Min(1, credit / seeds.Count);
            double score = p.Score.FusedBeforeGraph + (options.GraphProximityWeight * top * proximity);
            return (p.Id, Score: p.Score with { Fused = score, GraphProximity = proximity });
        });

        return [.. ranked
            .OrderByDescending(p => p.Score.Fused)
            .ThenBy(p => p.Score.Bm25Rank ?? int.MaxValue)
            .ThenBy(p => p.Id, StringComparer.Ordinal)];
    }
}
