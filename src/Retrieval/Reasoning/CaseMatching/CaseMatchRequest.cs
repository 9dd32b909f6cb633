// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

/// <summary>
/// An opportunity to find similar past cases for. Every facet is optional, but at least one must be given; an
/// <see cref="OpportunityId"/> or <see cref="Account"/> fills in what the graph knows, and explicit facets win.
/// </summary>
public sealed record CaseMatchRequest
{
    /// <summary>An open pipeline opportunity (its account and product are used).</summary>
    public string? OpportunityId { get; init; }

    /// <summary>An existing account (Customer) by name or id; its industry, size and region are used.</summary>
    public string? Account { get; init; }

    /// <summary>Industry name or alias, in either language (<c>finance</c>, <c>金融</c>).</summary>
    public string? Industry { get; init; }

    /// <summary>Head count (0 or more).</summary>
    public int? Employees { get; init; }

    /// <summary>Annual revenue in millions of USD (0 or more).</summary>
    public double? Revenue { get; init; }

    /// <summary>Region or country.</summary>
    public string? Region { get; init; }

    /// <summary>Products of interest, by name or alias.</summary>
    public IReadOnlyList<string> Products { get; init; } = [];

    /// <summary>Free text describing the need, in any language.</summary>
    public string? Text { get; init; }

    /// <summary>How many matches (1 to <see cref="CaseMatchOptions.MaxTop"/>); the default when null.</summary>
    public int? Top { get; init; }

    /// <summary>Whether to also return the most similar lost deals, as risks.</summary>
    public bool IncludeRisks { get; init; }

    /// <summary>Language of the reasons, <c>zh</c> or <c>en</c>; detected from the request's text when null.</summary>
    public string? Language { get; init; }

    /// <summary>Tenant to match in.</summary>
    public string Tenant { get; init; } = TenantIds.Default;
}
