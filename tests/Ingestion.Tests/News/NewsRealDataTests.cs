// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Testing;

namespace SalesCognition.Ingestion.Tests.News;

public sealed class NewsRealDataTests
{
    [RequiresDataFact("competitor-news")]
    public async Task Ingest_SolrNewsAndQuickwitChangelog_NoFailuresAndDatedReleases()
    {
        using var fixture = await NewsFixture.CreateAsync();
        var solr = RepositoryPaths.Data("competitor-news", "solr");
        var quickwit = RepositoryPaths.Data("competitor-news", "quickwit", "CHANGELOG.md");

        var report = await fixture.Pipeline.IngestAsync([solr, quickwit]);
        var facts = await fixture.Facts.GetFactsAsync("Solr");
        var quickwitFacts = await fixture.Facts.GetFactsAsync("Quickwit");

        Assert.Empty(report.Failed);
        Assert.NotNull(facts);
        var release = facts.Versions.Single(v => v.Version == "9.7.0");
        Assert.Equal("2024-09-09", release.Released);
        Assert.Equal("9.6.1", release.Supersedes);
        Assert.Equal("8.11.3", facts.Versions.Single(v => v.Version == "8.11.4").Supersedes);
        Assert.True(facts.Facts.Single(f => f.Attribute == "release" && f.Value == "10.0.0").Current);
        Assert.False(facts.Facts.Single(f => f.Attribute == "release" && f.Value == "9.7.0").Current);
        var dated = facts.Versions.Where(v => v.Released is not null && v.Supersedes is not null).ToList();
        Assert.All(
            dated,
            v => Assert.True(string.CompareOrdinal(facts.Versions.Single(p => p.Version == v.Supersedes).Released, v.Released) <= 0));
        Assert.NotNull(quickwitFacts);
        Assert.Contains(quickwitFacts.Versions, v => v.Version == "0.6.0" && v.Released == "2023-06-03");
        Assert.True(quickwitFacts.Facts.Single(f => f.Attribute == "release" && f.Value == "0.9.0").Current);
    }

    [RequiresDataFact("competitor-news")]
    public async Task Ingest_SolrNewsAt2024_AnswersTheJavaVersionOfThatTime()
    {
        using var fixture = await NewsFixture.CreateAsync();
        await fixture.Pipeline.IngestAsync([RepositoryPaths.Data("competitor-news", "solr", "news")]);

        var then = await fixture.Facts.GetFactsAsync("Apache Solr", new DateOnly(2024, 12, 31));
        var now = await fixture.Facts.GetFactsAsync("Apache Solr");

        Assert.NotNull(then);
        Assert.NotNull(now);
        Assert.Contains(then.Facts, f => f.Attribute == "release" && f.Value == "9.7.0");
        Assert.Equal("11", Assert.Single(then.Facts, f => f.Attribute == "java").Value);
        Assert.Contains(now.Facts, f => f.Attribute == "java" && f.Value == "21" && f.Current);
    }
}
