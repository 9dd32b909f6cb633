// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

public sealed partial class GapAnalyzer
{
    /// <summary>
    /// Gives each control the entries the report shows for it, with one read for the whole report: the entries that
    /// name the control and are its own statement (kind <c>control</c>) or come from a mapping its evidence or
    /// recommendations rest on, the sections text matches came from, and the entries of its cases.
    /// </summary>
    private async Task<List<ControlGap>> WithEntriesAsync(
        string tenant,
        List<ControlGap> gaps,
        CancellationToken cancellationToken)
    {
        var nodeIds = gaps.Select(g => g.NodeId).Concat(gaps.SelectMany(g => g.Cases.Select(c => c.Id)))
            .Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var entries = await _store.GetEntriesMentioningAsync(tenant, nodeIds, cancellationToken).ConfigureAwait(false);
        var byNode = entries
            .SelectMany(e => e.Mentions.Select(m => (m.NodeId, Entry: e)))
            .ToLookup(x => x.NodeId, x => x.Entry, StringComparer.Ordinal);
        return [.. gaps.Select(g => WithEntries(g, byNode))];
    }

    private static ControlGap WithEntries(ControlGap gap, ILookup<string, KnowledgeEntry> byNode)
    {
        var naming = byNode[gap.NodeId].DistinctBy(e => e.Id).ToList();
        var recommendations = gap.Recommendations
            .Select(r => r.SourceId.Length == 0 ? r : r with
            {
                EntryIds = [.. r.EntryIds.Concat(naming.Where(e => e.SourceId == r.SourceId).Select(e => e.Id)).Distinct(StringComparer.Ordinal)],
            })
            .ToList();
        var sources = gap.EvidenceSources.ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> shown = naming
            .Where(e => e.Kind == "control" || sources.Contains(e.SourceId))
            .Select(e => e.Id);
        shown = shown
            .Concat(recommendations.SelectMany(r => r.EntryIds))
            .Concat(gap.Cases.SelectMany(c => byNode[c.Id].Select(e => e.Id)));
        return gap with { Recommendations = recommendations, EntryIds = [.. shown.Distinct(StringComparer.Ordinal)] };
    }
}
