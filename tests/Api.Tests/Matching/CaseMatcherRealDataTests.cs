// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.DependencyInjection;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Retrieval.Reasoning.CaseMatching;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Matching;

public sealed partial class CaseMatcherRealDataTests(CaseMatchingFixture fixture) : IClassFixture<CaseMatchingFixture>
{
    private const string Crm = "crm-sales-opportunities";

    private readonly Dictionary<string, IReadOnlyList<GraphRelation>> _relations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _series = new(StringComparer.Ordinal);

    private IGraphStore Graph => fixture.App.Services.GetRequiredService<IGraphStore>();

    private CaseMatcher Matcher => fixture.App.Services.GetRequiredService<CaseMatcher>();

    [RequiresDataFact(Crm)]
    public async Task MatchAsync_EveryOpenOpportunity_TopFiveAreWonAndTheFirstSharesSeriesOrSectorWhenPossible()
    {
        var opportunities = await Graph.ListNodesAsync(TenantIds.Default, "Opportunity");
        var cases = await Graph.ListNodesAsync(TenantIds.Default, "Case");
        var outcomes = cases.ToDictionary(
            c => c.Node.Id,
            c => c.Node.Properties.GetValueOrDefault(CaseProperties.Outcome, CaseProperties.Won));
        var won = new List<(string? Industry, string? Series)>();
        foreach (var c in cases.Where(c => outcomes[c.Node.Id] == CaseProperties.Won))
        {
            won.AddRange(await FacetsOfCaseAsync(c.Node.Id));
        }

        var failures = new List<string>();
        foreach (var (opportunity, _) in opportunities)
        {
            var response = await Matcher.MatchAsync(new CaseMatchRequest { OpportunityId = opportunity.Key, Top = 5 });

            if (response.Matches.Count != 5
                || response.Matches.Any(m => outcomes[m.CaseId] != CaseProperties.Won || m.Outcome != CaseProperties.Won))
            {
                failures.Add($"{opportunity.Key}: the top 5 are not 5 won cases");
                continue;
            }

            var (industry, series) = await FacetsOfOpportunityAsync(opportunity.Id);
            var possible = won.Any(w => (industry is not null && w.Industry == industry) || (series is not null && w.Series == series));
            var top = await FacetsOfCaseAsync(response.Matches[0].CaseId);
            if (possible
                && !top.Any(t => (industry is not null && t.Industry == industry) || (series is not null && t.Series == series)))
            {
                failures.Add(
                    $"{opportunity.Key}: the first match {response.Matches[0].CaseId} " +
                    $"shares neither series {series} nor sector {industry}");
            }
        }

        Assert.True(opportunities.Count > 2000, $"expected the 2,089 open opportunities, found {opportunities.Count}");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [RequiresDataFact(Crm)]
    public async Task MatchAsync_RisksAsked_ReturnsOnlyLostDealsAsRisksAndNeverAsMatches()
    {
        var response = await Matcher.MatchAsync(new CaseMatchRequest { Industry = "retail", Products = ["GTX Pro"], IncludeRisks = true });

        Assert.NotEmpty(response.Risks);
        Assert.All(response.Risks, r => Assert.Equal(CaseProperties.Lost, r.Outcome));
        Assert.All(response.Matches, m => Assert.Equal(CaseProperties.Won, m.Outcome));
    }

    [RequiresDataFact(Crm)]
    public async Task MatchAsync_FreeTextWithoutAccount_MatchesByIndustryAndTextAndListsMissingFacets()
    {
        var request = new CaseMatchRequest
        {
            Industry = "banking",
            Text = "A bank wants to move its trading and payment systems to containers with faster releases",
        };

        var response = await Matcher.MatchAsync(request);

        Assert.Equal(["size", "region", "products"], response.MissingFacets.Where(f => f != "graph"));
        Assert.Equal(5, response.Matches.Count);
        Assert.All(response.Matches, m => Assert.Equal("Finance", m.Industry));
        Assert.Contains(response.Matches, m => m.Facets.Text > 0);
        Assert.All(
            response.Matches,
            m => Assert.StartsWith("Same industry (Finance)", m.Reason, StringComparison.Ordinal));
        Assert.NotEmpty(response.EntryIds);
    }

    [RequiresDataFact(Crm)]
    public async Task MatchAsync_ChineseRequest_ReasonIsChinese()
    {
        var response = await Matcher.MatchAsync(new CaseMatchRequest { Industry = "金融", Employees = 3000, Products = ["GTX Pro"] });

        Assert.Equal("zh", response.Language);
        Assert.Equal("同属金融行业，规模相近，同样采购了 GTX Pro", response.Matches[0].Reason);
        Assert.Equal(1, response.Matches[0].Facets.Products);
    }

    [RequiresDataFact(Crm)]
    public void Ingest_CrmFolder_ReportsMergedProductAndSectorSpellings()
    {
        var warnings = fixture.Report.Sources.SelectMany(s => s.Warnings).ToList();

        Assert.DoesNotContain(fixture.Report.Failed, f => f.Source.Contains(Crm, StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("'GTXPro' merged into 'GTX Pro'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("'technolgy' merged into 'Technology'", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<GraphRelation>> RelationsAsync(string nodeId)
    {
        if (!_relations.TryGetValue(nodeId, out var relations))
        {
            _relations[nodeId] = relations = await Graph.GetRelationsAsync(TenantIds.Default, nodeId);
        }

        return relations;
    }

    private async Task<string?> SeriesAsync(string productId)
    {
        if (!_series.TryGetValue(productId, out var series))
        {
            _series[productId] = series = (await Graph.GetNodesAsync(
                TenantIds.Default,
                [productId])).Single().Properties.GetValueOrDefault(CaseProperties.Series);
        }

        return series;
    }

    private async Task<string?> IndustryOfCustomerAsync(string? customerId) => customerId is null
        ? null
        : (await RelationsAsync(customerId)).FirstOrDefault(r => r.Type == "in_industry" && r.FromId == customerId)?.ToId;

    private async Task<List<(string? Industry, string? Series)>> FacetsOfCaseAsync(string caseId)
    {
        var relations = await RelationsAsync(caseId);
        var customer = relations.FirstOrDefault(r => r.Type == "for_customer" && r.FromId == caseId)?.ToId;
        var industry = relations.FirstOrDefault(r => r.Type == "in_industry" && r.FromId == caseId)?.ToId
            ?? await IndustryOfCustomerAsync(customer);
        var result = new List<(string?, string?)>();
        var products = relations.Where(r =>
            r.Type == "uses" && r.FromId == caseId && r.ToId.StartsWith("product:", StringComparison.Ordinal));
        foreach (var product in products)
        {
            result.Add((industry, await SeriesAsync(product.ToId)));
        }

        return result.Count > 0 ? result : [(industry, null)];
    }

    private async Task<(string? Industry, string? Series)> FacetsOfOpportunityAsync(string opportunityId)
    {
        var relations = await RelationsAsync(opportunityId);
        var customer = relations.FirstOrDefault(r => r.Type == "opportunity_for")?.ToId;
        var product = relations.First(r => r.Type == "interested_in").ToId;
        return (await IndustryOfCustomerAsync(customer), await SeriesAsync(product));
    }
}
