// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Retrieval.Reasoning.CaseMatching;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Matching;

public sealed partial class CaseMatcherRealDataTests
{
    [RequiresDataFact(Crm)]
    public async Task MatchAsync_TextNamingPainPoints_MatchesCasesFacingThemAndNamesThem()
    {
        var request = new CaseMatchRequest { Text = "We must avoid vendor lock-in and our outages hurt sales" };

        var response = await Matcher.MatchAsync(request);

        Assert.Contains(
            response.Notes,
            n => n.Contains("pain points Downtime, Vendor lock-in", StringComparison.Ordinal));
        Assert.NotEmpty(response.Matches[0].SharedPainPoints);
        foreach (var match in response.Matches.Where(m => m.SharedPainPoints.Count > 0))
        {
            var faced = (await Graph.GetRelationsAsync(
                TenantIds.Default,
                match.CaseId)).Where(r => r.Type == "faces").Select(r => r.ToId).ToList();
            Assert.All(match.SharedPainPoints, p => Assert.Contains(NodeId.For("PainPoint", p), faced));
            Assert.True(match.Facets.Graph > 0);
            Assert.Contains(
                $"faced the same pain points ({string.Join(", ", match.SharedPainPoints)})",
                match.Reason,
                StringComparison.OrdinalIgnoreCase);
        }
    }

    [RequiresDataFact(Crm)]
    public async Task MatchAsync_ChineseTextNamingPainPoint_ReasonNamesItInChinese()
    {
        var response = await Matcher.MatchAsync(new CaseMatchRequest { Text = "客户担心厂商锁定" });

        Assert.Equal("zh", response.Language);
        Assert.Contains("Vendor lock-in", response.Matches[0].SharedPainPoints);
        Assert.Contains("同样面临厂商锁定问题", response.Matches[0].Reason, StringComparison.Ordinal);
    }

    [RequiresDataFact(Crm)]
    public async Task MatchAsync_TextWithoutPainPoints_SharesNone()
    {
        var response = await Matcher.MatchAsync(new CaseMatchRequest { Industry = "retail", Products = ["GTX Pro"] });

        Assert.All(response.Matches, m => Assert.Empty(m.SharedPainPoints));
        Assert.DoesNotContain(response.Notes, n => n.Contains("pain points", StringComparison.Ordinal));
    }
}
