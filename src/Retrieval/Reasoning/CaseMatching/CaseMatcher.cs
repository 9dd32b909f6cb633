// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;
using SalesCognition.Graph.Storage;
using SalesCognition.Retrieval.Internal;
using SalesCognition.Retrieval.Reasoning.CaseMatching.Internal;
using SalesCognition.Retrieval.Search;

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

/// <summary>
/// Finds the past cases most like an opportunity. Facets (industry, size, region, products, graph overlap) are
/// compared in an in-memory index of every case, rebuilt when the graph changes; free text goes through hybrid search
/// over the cases' write-ups. Won cases are the matches; lost deals only ever appear as risks, when asked for.
/// </summary>
public sealed partial class CaseMatcher : IDisposable
{
    private readonly IGraphStore _graph;
    private readonly HybridSearcher _searcher;
    private readonly CaseMatchOptions _options;
    private readonly int _searchMaxTop;
    private readonly CaseIndexCache _cache;
    private readonly ILogger<CaseMatcher> _logger;

    /// <summary>Creates the matcher.</summary>
    public CaseMatcher(
        IGraphStore graph,
        Ontology ontology,
        HybridSearcher searcher,
        IOptions<CaseMatchOptions> options,
        IOptions<RetrievalOptions> retrievalOptions,
        TimeProvider time,
        ILogger<CaseMatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(ontology);
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(retrievalOptions);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);

        _graph = graph;
        _searcher = searcher;
        _options = options.Value;
        _searchMaxTop = retrievalOptions.Value.MaxTop;
        _logger = logger;
        _cache = new CaseIndexCache(graph, ChineseNames(ontology), time, _options.RefreshInterval, logger);
    }

    /// <summary>The weights in force.</summary>
    public CaseMatchWeights Weights => _options.Weights;

    /// <summary>Matches an opportunity against every case.</summary>
    /// <exception cref="InvalidMatchRequestException">The request names no facet, has a negative size, a top out of
    /// range, or an account or opportunity the graph does not know; the exception names the field.</exception>
    public async Task<CaseMatchResponse> MatchAsync(
        CaseMatchRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var top = Validate(request);
        var index = await _cache.GetAsync(request.Tenant, cancellationToken).ConfigureAwait(false);
        var language = Language(request);
        var notes = new List<string>();
        var query = Resolve(index, request, notes);
        var entryIds = request.Text is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text)
            ? await TextLegAsync(index, query, request, cancellationToken).ConfigureAwait(false)
            : [];
        var missing = query.Seal(index, _options.Weights);

        var matches = index.Top(query, won: true, top).Select(m => ToMatch(index, query, m, language)).ToList();
        var risks = request.IncludeRisks ? index.Top(
            query,
            won: false,
            top).Select(m => ToMatch(index, query, m, language)).ToList() : [];
        (matches, risks) = await WithEntriesAsync(
            request.Tenant,
            matches,
            risks,
            cancellationToken).ConfigureAwait(false);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            _logger.CasesMatched(matches.Count, risks.Count, index.CaseCount, string.Join(",", missing));
        }

        return new CaseMatchResponse
        {
            Matches = matches,
            Risks = risks,
            Weights = _options.Weights,
            MissingFacets = missing,
            Notes = notes,
            Language = language,
            EntryIds = entryIds,
            ShownEntryIds = [.. matches.Concat(risks).SelectMany(m => m.EntryIds).Distinct(StringComparer.Ordinal)],
            CasesConsidered = index.CaseCount,
        };
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();

    private int Validate(CaseMatchRequest request)
    {
        var top = request.Top ?? _options.DefaultTop;
        if (top < 1 || top > _options.MaxTop)
        {
            throw Reject("top", $"top must be between 1 and {_options.MaxTop} (got {top}).");
        }

        if (request.Employees < 0)
        {
            throw Reject("employees", $"employees cannot be negative (got {request.Employees}).");
        }

        if (request.Revenue is { } revenue && (revenue < 0 || !double.IsFinite(revenue)))
        {
            throw Reject("revenue", $"revenue must be a number of millions of USD, 0 or more (got {revenue}).");
        }

        if (request.Language is { Length: > 0 } language && language is not ("zh" or "en"))
        {
            throw Reject("language", $"language must be 'zh' or 'en' (got '{language}').");
        }

        var given = Has(request.OpportunityId) || Has(request.Account) || Has(request.Industry) || Has(request.Region)
            || Has(request.Text) || request.Employees is not null || request.Revenue is not null || request.Products.Any(Has);
        if (!given)
        {
            throw Reject(
                "opportunity",
                "the opportunity has no facet: give at least one of account, industry, employees, revenue, region, " +
                    "products or text.");
        }

        return top;
    }

    private InvalidMatchRequestException Reject(string field, string message)
    {
        _logger.MatchRequestRejected(field);
        return new InvalidMatchRequestException(field, message);
    }

    /// <summary>
    /// The Chinese name of each seed entity: its first alias written in Chinese, in the ontology's order.
    /// </summary>
    private static Dictionary<string, string> ChineseNames(Ontology ontology) =>
        ontology.Entities
            .Select(e => (Id: NodeId.For(e.Type, e.Key), Name: e.Aliases.FirstOrDefault(a => a.Any(NameLookup.IsCjk))))
            .Where(e => e.Name is not null)
            .DistinctBy(e => e.Id)
            .ToDictionary(e => e.Id, e => e.Name!, StringComparer.Ordinal);

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);

    private static string Language(CaseMatchRequest request)
    {
        if (request.Language is { Length: > 0 } language)
        {
            return language;
        }

        var texts = new[] { request.Text, request.Industry, request.Region, request.Account }.Concat(request.Products);
        return texts.Any(t => t is not null && t.Any(NameLookup.IsCjk)) ? "zh" : "en";
    }

    private static CaseMatch ToMatch(
        CaseIndex index,
        MatchQuery query,
        (CaseGroup Group, FacetScores Scores, double Score) match,
        string language)
    {
        var (group, scores, score) = match;
        return new CaseMatch
        {
            CaseId = group.CaseId,
            Title = group.Title,
            Customer = group.Customer >= 0 ? index.Entities[group.Customer].Name : "",
            Industry = group.Industry >= 0 ? index.Entities[group.Industry].Name : "",
            Region = group.Region >= 0 ? index.Entities[group.Region].Name : "",
            SizeBand = SizeBands.Name(SizeBands.Of(group.Employees, group.Revenue)),
            Products = [.. group.Products.Select(p => index.Entities[p].Name)],
            SharedPainPoints = [.. Reasons.SharedPainPoints(query, group).Select(p => index.Entities[p].Name)],
            Outcome = group.Won ? CaseProperties.Won : CaseProperties.Lost,
            CloseDate = group.CloseDate,
            Value = group.Value,
            SimilarDeals = group.Count,
            Score = Math.Round(score, 4),
            Facets = scores.ToPublic(),
            Reason = Reasons.Of(index, query, group, scores, language),
        };
    }
}
