// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Retrieval.Search;

/// <summary>A hybrid search: the user's text (never query syntax) and how many hits to return.</summary>
/// <param name="Query">The user's text.</param>
/// <param name="Top">How many hits, 1 to <see cref="RetrievalOptions.MaxTop"/>.</param>
public sealed record SearchRequest(string Query, int Top = 10)
{
    /// <summary>Tenant to search in.</summary>
    public string Tenant { get; init; } = TenantIds.Default;

    /// <summary>
    /// How many top hits to re-rank by late interaction for this search, 0 (off) to 100; null takes
    /// <see cref="RetrievalOptions.RerankDepth"/>. Lets a chat front end ask for it while case matching stays fast.
    /// </summary>
    public int? RerankDepth { get; init; }
}
