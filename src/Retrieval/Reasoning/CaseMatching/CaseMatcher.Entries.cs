// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Reasoning.Internal;

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

public sealed partial class CaseMatcher
{
    /// <summary>
    /// Gives each returned case the entries whose subject it is, read at match time (one query) so that an entry
    /// archived since the index was built is not reported as shown; each entry comes with its source and locator.
    /// </summary>
    private async Task<(List<CaseMatch> Matches, List<CaseMatch> Risks)> WithEntriesAsync(
        string tenant,
        List<CaseMatch> matches,
        List<CaseMatch> risks,
        CancellationToken cancellationToken)
    {
        var caseIds = matches.Concat(risks).Select(m => m.CaseId).Distinct(StringComparer.Ordinal).ToList();
        if (caseIds.Count == 0)
        {
            return (matches, risks);
        }

        var entries = await _graph.GetEntriesMentioningAsync(tenant, caseIds, cancellationToken).ConfigureAwait(false);
        var byCase = caseIds.ToDictionary(
            id => id,
            id => (IReadOnlyList<string>)[.. entries.Where(e => e.Mentions.Any(m => m.NodeId == id)).Select(e => e.Id)],
            StringComparer.Ordinal);
        var sources = await EntrySources.ResolveAsync(_graph, tenant, entries, cancellationToken).ConfigureAwait(false);
        return ([.. matches.Select(WithEntries)], [.. risks.Select(WithEntries)]);

        CaseMatch WithEntries(CaseMatch match) => match with
        {
            EntryIds = byCase[match.CaseId],
            Sources = sources.Of(byCase[match.CaseId]),
        };
    }
}
