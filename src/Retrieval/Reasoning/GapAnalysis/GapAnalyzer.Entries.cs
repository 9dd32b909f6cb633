// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Retrieval.Reasoning.Internal;

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

public sealed partial class GapAnalyzer
{
    /// <summary>
    /// Gives each control the entries the report shows for it, with one read for the whole report: the entries that
    /// name the control and are its own statement (kind <c>control</c>) or come from a mapping its evidence or
    /// recommendations rest on, the sections text matches came from, and the entries of its cases; then gives every
    /// list of entries its sources.
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
        gaps = [.. gaps.Select(g => WithEntries(g, byNode))];

        var shown = gaps.SelectMany(g => g.EntryIds).ToHashSet(StringComparer.Ordinal);
        var found = entries.Where(e => shown.Contains(e.Id)).DistinctBy(e => e.Id).ToList();
        var missing = shown.Except(found.Select(e => e.Id), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            // A text match's section need not name the control in its mentions; read it by id.
            found.AddRange(await _store.GetEntriesAsync(
                tenant,
                missing,
                cancellationToken: cancellationToken).ConfigureAwait(false));
        }

        var sources = await EntrySources.ResolveAsync(_store, tenant, found, cancellationToken).ConfigureAwait(false);
        return [.. gaps.Select(g => WithSources(g, sources))];
    }

    private static ControlGap WithSources(ControlGap gap, EntrySources sources) => gap with
    {
        Sources = sources.Of(gap.EntryIds),
        Recommendations = [.. gap.Recommendations.Select(r => r with { Sources = sources.Of(r.EntryIds) })],
        Cases = [.. gap.Cases.Select(c => c with { Sources = sources.Of(c.EntryIds) })],
    };

    private static ControlGap WithEntries(ControlGap gap, ILookup<string, KnowledgeEntry> byNode)
    {
        var naming = byNode[gap.NodeId].DistinctBy(e => e.Id).ToList();
        var recommendations = gap.Recommendations
            .Select(r => r.SourceId.Length == 0 ? r : r with
            {
                EntryIds = [.. r.EntryIds
                    .Concat(naming.Where(e => e.SourceId == r.SourceId).Select(e => e.Id))
                    .Distinct(StringComparer.Ordinal)],
            })
            .ToList();
        var sources = gap.EvidenceSources.ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> shown = naming
            .Where(e => e.Kind == "control" || sources.Contains(e.SourceId))
            .Select(e => e.Id);
        var cases = gap.Cases
            .Select(c => c with { EntryIds = [.. byNode[c.Id].Select(e => e.Id).Distinct(StringComparer.Ordinal)] })
            .ToList();
        shown = shown
            .Concat(recommendations.SelectMany(r => r.EntryIds))
            .Concat(cases.SelectMany(c => c.EntryIds));
        return gap with
        {
            Recommendations = recommendations,
            Cases = cases,
            EntryIds = [.. shown.Distinct(StringComparer.Ordinal)],
        };
    }
}
