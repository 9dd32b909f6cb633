// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

/// <summary>
/// The most similar won cases (and, when asked, lost deals as risks), with the weights that ranked them.
/// </summary>
public sealed record CaseMatchResponse
{
    /// <summary>Won cases, best first.</summary>
    public required IReadOnlyList<CaseMatch> Matches { get; init; }

    /// <summary>Similar lost deals, best first; empty unless the request asked for risks.</summary>
    public IReadOnlyList<CaseMatch> Risks { get; init; } = [];

    /// <summary>The facet weights used (configuration).</summary>
    public required CaseMatchWeights Weights { get; init; }

    /// <summary>
    /// Facets the request did not give (or that named nothing known): <c>industry</c>, <c>size</c>, ...
    /// </summary>
    public required IReadOnlyList<string> MissingFacets { get; init; }

    /// <summary>Notes about the request: names that matched nothing known, facets filled in from the account.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Language of the reasons (<c>zh</c> or <c>en</c>).</summary>
    public required string Language { get; init; }

    /// <summary>The knowledge entries the text leg used, for the usage ledger.</summary>
    public IReadOnlyList<string> EntryIds { get; init; } = [];

    /// <summary>
    /// The knowledge entries of the matches and risks returned (each match's <see cref="CaseMatch.EntryIds"/>, in
    /// order, without repeats): what the usage ledger counts as <c>shown</c>.
    /// </summary>
    public IReadOnlyList<string> ShownEntryIds { get; init; } = [];

    /// <summary>How many cases the index held when matching.</summary>
    public int CasesConsidered { get; init; }
}
