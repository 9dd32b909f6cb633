// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Tests.News;

public sealed class ProductFactsServiceTests
{
    // Raw string pieces: one release a line in the feed, without long source lines.
    private const string Feed =
        "[\n" +
        """  {"id": "1", "title": "Apache Solr 8.11.3 available", "date": "2024-02-08", "product": "Apache Solr",""" +
        """ "version": "8.11.3", "body": "Bug fixes."},""" + "\n" +
        """  {"id": "2", "title": "Apache Solr 9.4.1 available", "date": "2024-01-18", "product": "Apache Solr",""" +
        """ "version": "9.4.1", "body": "Minimum Java version supported: Java 11."},""" + "\n" +
        """  {"id": "3", "title": "Apache Solr 9.5.0 available", "date": "2024-02-12", "product": "Apache Solr",""" +
        """ "version": "9.5.0", "body": "Powered by Lucene 9.9."},""" + "\n" +
        """  {"id": "4", "title": "Apache Solr 10.0.0 available", "date": "2026-03-03", "product": "Apache Solr",""" +
        """ "version": "10.0.0", "body": "Minimum Java version supported: Java 21."}""" + "\n" +
        "]";

    [Fact]
    public async Task GetFactsAsync_NewerRelease_SupersedesButKeepsTheOldFact()
    {
        using var fixture = await NewsFixture.CreateAsync();
        await fixture.Pipeline.IngestAsync([fixture.Folder.Write("feeds/solr.json", Feed)]);

        var all = await fixture.Facts.GetFactsAsync("Solr");

        Assert.NotNull(all);
        Assert.Equal(["8.11.3", "9.4.1", "9.5.0", "10.0.0"], all.Versions.Select(v => v.Version));
        Assert.Equal("9.4.1", all.Versions.Single(v => v.Version == "9.5.0").Supersedes);
        var java11 = all.Facts.Single(f => f.Attribute == "java" && f.Value == "11");
        Assert.False(java11.Current);
        Assert.Equal("10.0.0", java11.SupersededBy);
        Assert.Equal("2026-03-03", java11.ValidTo);
        Assert.True(all.Facts.Single(f => f.Attribute == "java" && f.Value == "21").Current);
    }

    [Fact]
    public async Task GetFactsAsync_AtDate_AnswersWhatHeldThen()
    {
        using var fixture = await NewsFixture.CreateAsync();
        await fixture.Pipeline.IngestAsync([fixture.Folder.Write("feeds/solr.json", Feed)]);

        var in2024 = await fixture.Facts.GetFactsAsync("apache solr", new DateOnly(2024, 6, 1));
        var now = await fixture.Facts.GetFactsAsync("apache solr", new DateOnly(2026, 6, 1));

        Assert.NotNull(in2024);
        Assert.NotNull(now);
        Assert.Equal("11", in2024.Facts.Single(f => f.Attribute == "java").Value);
        Assert.Equal(["8.11.3", "9.5.0"], in2024.Facts.Where(f => f.Attribute == "release").Select(f => f.Value));
        Assert.Equal("21", now.Facts.Single(f => f.Attribute == "java").Value);
        Assert.Equal(["8.11.3", "10.0.0"], now.Facts.Where(f => f.Attribute == "release").Select(f => f.Value));
    }

    [Fact]
    public async Task GetFactsAsync_UnknownProduct_ReturnsNull()
    {
        using var fixture = await NewsFixture.CreateAsync();

        var facts = await fixture.Facts.GetFactsAsync("No Such Product");

        Assert.Null(facts);
    }
}
