// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

/// <summary>One past case similar to the opportunity, with its score, the score's parts and the reason.</summary>
public sealed record CaseMatch
{
    /// <summary>The Case node's id.</summary>
    public required string CaseId { get; init; }

    /// <summary>Title of the case.</summary>
    public required string Title { get; init; }

    /// <summary>The customer's name (empty when unknown).</summary>
    public required string Customer { get; init; }

    /// <summary>The industry's name (empty when unknown).</summary>
    public required string Industry { get; init; }

    /// <summary>The region's name (empty when unknown).</summary>
    public string Region { get; init; } = "";

    /// <summary>The customer's size band (empty when unknown).</summary>
    public string SizeBand { get; init; } = "";

    /// <summary>The products the case used.</summary>
    public IReadOnlyList<string> Products { get; init; } = [];

    /// <summary><c>won</c> or <c>lost</c>.</summary>
    public required string Outcome { get; init; }

    /// <summary>When the deal closed (ISO date; empty for narrative cases).</summary>
    public string CloseDate { get; init; } = "";

    /// <summary>What the deal was worth in USD, when known.</summary>
    public double? Value { get; init; }

    /// <summary>
    /// How many deals with the same customer, products and outcome this match stands for (the most recent is shown).
    /// </summary>
    public int SimilarDeals { get; init; } = 1;

    /// <summary>
    /// The pain points the case faces (graph relation <c>faces</c>) that the opportunity's text names; they count in
    /// the graph-overlap facet.
    /// </summary>
    public IReadOnlyList<string> SharedPainPoints { get; init; } = [];

    /// <summary>Weighted score, 0 to 1.</summary>
    public required double Score { get; init; }

    /// <summary>The score per facet.</summary>
    public required CaseFacetScores Facets { get; init; }

    /// <summary>One line saying why it matched, in the request's language.</summary>
    public required string Reason { get; init; }

    /// <summary>
    /// The knowledge entries cut from the case's write-up (none for a CRM deal), archived ones left out.
    /// </summary>
    public IReadOnlyList<string> EntryIds { get; init; } = [];

    /// <summary>Where each of <see cref="EntryIds"/> was cut from, in the same order.</summary>
    public IReadOnlyList<EntrySource> Sources { get; init; } = [];
}
