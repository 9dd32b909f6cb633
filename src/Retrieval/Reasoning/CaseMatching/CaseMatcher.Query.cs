// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Retrieval.Reasoning.CaseMatching.Internal;
using SalesCognition.Retrieval.Search;

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

public sealed partial class CaseMatcher
{
    private static readonly HashSet<string> TextFacetTypes = new(StringComparer.Ordinal)
    {
        "Industry",
        "Region",
        "Product",
    };

    private static readonly HashSet<string> TextEntityTypes = new(StringComparer.Ordinal)
    {
        "Product",
        "Technology",
        "Feature",
        "CompetitorProduct",
        "PainPoint",
    };

    /// <summary>
    /// Resolves the request's names to index ordinals: the opportunity and account first, explicit facets over them.
    /// </summary>
    private static MatchQuery Resolve(CaseIndex index, CaseMatchRequest request, List<string> notes)
    {
        var query = new MatchQuery { Employees = request.Employees, Revenue = request.Revenue };
        if (Has(request.OpportunityId))
        {
            if (!index.Opportunities.TryGetValue(NodeId.NormalizeKey(request.OpportunityId!), out var opportunity))
            {
                throw new InvalidMatchRequestException(
                    "opportunityId",
                    $"no open opportunity has the id '{request.OpportunityId}'.");
            }

            query.Customer = opportunity.Customer;
            query.Products.AddRange(opportunity.Products);
        }

        if (Has(request.Account))
        {
            query.Customer = index.Names.Find("Customer", request.Account!);
            if (query.Customer < 0)
            {
                throw new InvalidMatchRequestException(
                    "account",
                    $"no account is named '{request.Account}'; leave it empty for a new customer.");
            }
        }

        ApplyAccount(index, query, request, notes);
        query.Industry = Named(index, "Industry", request.Industry, "industry", notes, query.Industry);
        if (query.Industry >= 0 && request.Industry is { } written && written.Any(NameLookup.IsCjk))
        {
            query.IndustryLabel = written.Trim().TrimEnd("行业".ToCharArray());
        }

        query.Region = Named(index, "Region", request.Region, "region", notes, query.Region);
        foreach (var product in request.Products.Where(Has))
        {
            var ordinal = index.Names.Find("Product", product);
            if (ordinal < 0)
            {
                notes.Add($"products: '{product}' is not a known product; it was left out.");
            }
            else if (!query.Products.Contains(ordinal))
            {
                query.Products.Add(ordinal);
            }
        }

        if (Has(request.Text))
        {
            query.HasText = true;
            ApplyText(index, query, request.Text!, notes);
        }

        query.EntitySet.UnionWith(query.Products);
        return query;
    }

    private static void ApplyAccount(CaseIndex index, MatchQuery query, CaseMatchRequest request, List<string> notes)
    {
        if (query.Customer < 0)
        {
            return;
        }

        var account = index.Entities[query.Customer];
        query.EntitySet.Add(query.Customer);
        query.Industry = account.Industry;
        query.Region = account.Region;
        query.Employees ??= request.Revenue is null ? account.Employees : null;
        query.Revenue ??= request.Employees is null ? account.Revenue : null;
        if (index.CustomerProducts.TryGetValue(query.Customer, out var bought))
        {
            query.EntitySet.UnionWith(bought);
        }

        notes.Add($"account: facets taken from '{account.Name}' unless given explicitly.");
    }

    private static int Named(CaseIndex index, string type, string? name, string field, List<string> notes, int fallback)
    {
        if (!Has(name))
        {
            return fallback;
        }

        var ordinal = index.Names.Find(type, name!);
        if (ordinal < 0)
        {
            notes.Add($"{field}: '{name}' is not a known {field}; the facet was left out.");
            return fallback;
        }

        return ordinal;
    }

    /// <summary>
    /// Names in the text fill facets the request left empty; technologies and pain points join the graph-overlap set.
    /// </summary>
    private static void ApplyText(CaseIndex index, MatchQuery query, string text, List<string> notes)
    {
        var inferred = new List<string>();
        foreach (var (ordinal, type) in index.Names.Mentions(
            text,
            TextFacetTypes.Union(TextEntityTypes).ToHashSet(StringComparer.Ordinal)))
        {
            var name = index.Entities[ordinal].Name;
            if (type == "Industry" && query.Industry < 0)
            {
                query.Industry = ordinal;
                inferred.Add(name);
            }
            else if (type == "Region" && query.Region < 0)
            {
                query.Region = ordinal;
                inferred.Add(name);
            }
            else if (type == "Product" && !query.Products.Contains(ordinal))
            {
                query.Products.Add(ordinal);
                inferred.Add(name);
            }
            else if (TextEntityTypes.Contains(type))
            {
                query.EntitySet.Add(ordinal);
                if (type == "PainPoint")
                {
                    query.PainPoints.Add(ordinal);
                }
            }
        }

        if (inferred.Count > 0)
        {
            notes.Add($"text: named {string.Join(", ", inferred)}, used as facets.");
        }

        if (query.PainPoints.Count > 0)
        {
            var painPoints = string.Join(", ", query.PainPoints.Order().Select(p => index.Entities[p].Name));
            notes.Add($"text: pain points {painPoints}, matched against the cases' pain points in the graph facet.");
        }
    }

    /// <summary>
    /// Hybrid search over the write-ups; each case scores its best hit relative to the best hit overall.
    /// </summary>
    private async Task<IReadOnlyList<string>> TextLegAsync(
        CaseIndex index,
        MatchQuery query,
        CaseMatchRequest request,
        CancellationToken cancellationToken)
    {
        var search = new SearchRequest(request.Text!, Math.Min(_options.TextCandidates, _searchMaxTop))
        {
            Tenant = request.Tenant,
            RerankDepth = _options.RerankDepth,
        };
        var response = await _searcher.SearchAsync(search, cancellationToken).ConfigureAwait(false);
        var best = response.Hits
            .Where(h => h.Entities.Any(e => e.Type == "Case"))
            .Select(h => h.Score)
            .DefaultIfEmpty(0)
            .Max();
        var used = new List<string>();
        foreach (var hit in response.Hits)
        {
            foreach (var entity in hit.Entities.Where(e => e.Type == "Case"))
            {
                if (best <= 0 || !index.CaseGroups.TryGetValue(entity.Id, out var at))
                {
                    continue;
                }

                var scores = at.Won ? query.WonText : query.LostText;
                scores[at.Group] = Math.Max(scores.GetValueOrDefault(at.Group), hit.Score / best);
                used.Add(hit.Id);
            }
        }

        return [.. used.Distinct(StringComparer.Ordinal)];
    }
}
