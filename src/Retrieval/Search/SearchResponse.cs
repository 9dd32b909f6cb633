// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Search;

/// <summary>The hits of a search, best first, and the settings that ranked them.</summary>
/// <param name="Hits">The hits.</param>
/// <param name="RrfK">The fusion constant used.</param>
public sealed record SearchResponse(IReadOnlyList<SearchHit> Hits, int RrfK)
{
    /// <summary>The ids of the entries returned, for the usage ledger and lineage.</summary>
    public IReadOnlyList<string> ReturnedEntryIds => [.. Hits.Select(h => h.Id)];
}
