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
}
