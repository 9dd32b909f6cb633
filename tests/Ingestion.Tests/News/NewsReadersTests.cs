// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Markdown;
using SalesCognition.Ingestion.News;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Tests.News;

public sealed class NewsReadersTests
{
    [Fact]
    public void Read_PelicanHeader_MakesDatedNewsItemWithVersionAndCve()
    {
        var text = """
            Title: Apache Solr™ 9.7.0 available
            category: solr/news
            cve: CVE-2024-0001
            save_as:

            The Solr PMC is pleased to announce the release of Apache Solr 9.7.0.

            * Minimum Java version supported: **Java 11**
            """;
        var input = new SourceInput(
            "/x/solr/news/2024-09-09-9-7-0-available.md",
            "/x/solr/news/2024-09-09-9-7-0-available.md",
            text,
            SourceKinds.Auto);

        var parsed = new MarkdownReader().Read(input);

        Assert.Equal(SourceKinds.News, parsed.Kind);
        Assert.Equal("Apache Solr™ 9.7.0 available", parsed.Title);
        var news = Assert.Single(parsed.Nodes, n => n.Type == "NewsItem");
        Assert.Equal("2024-09-09", news.Properties["date"]);
        Assert.Equal("CVE-2024-0001", news.Properties["cve"]);
        var version = Assert.Single(parsed.Nodes, n => n.Type == "ProductVersion");
        Assert.Equal("9.7.0", version.Properties["version"]);
        Assert.Equal("2024-09-09", version.Properties["released"]);
        Assert.Equal("11", version.Properties["fact.java"]);
        Assert.Contains(parsed.Relations, r => r.Type == "version_of" && r.FromId == version.Id);
        Assert.DoesNotContain(parsed.Sections, s => s.Text.Contains("category:", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PelicanSecurityAdvisory_IsNewsAboutTheCategoryProduct()
    {
        var text = "Title: CVE-2019-0193: Remote code execution\ncategory: solr/security\ncve: CVE-2019-0193\n\nSolr " +
            "is affected.\n";
        var input = new SourceInput(
            "/x/security/2019-07-31-cve.md",
            "/x/security/2019-07-31-cve.md",
            text,
            SourceKinds.Auto);

        var parsed = new MarkdownReader().Read(input);

        Assert.Equal(SourceKinds.News, parsed.Kind);
        Assert.Contains(parsed.Nodes, n => n.Type == "CompetitorProduct" && n.Name == "solr");
        Assert.DoesNotContain(parsed.Nodes, n => n.Type == "ProductVersion");
    }

    [Fact]
    public void Read_JsonFeedWithBadRows_ReportsThemAndKeepsTheGoodOnes()
    {
        // Raw string pieces: one feed row a line in the text, without long source lines.
        var json =
            "[\n" +
            """  {"id": "a", "title": "Acme 2.0 released", "date": "2025-03-01",""" +
            """ "product": "Acme", "version": "2.0", "body": "Acme 2.0 requires Java 17."},""" + "\n" +
            """  {"id": "b", "title": "No body here", "date": "2025-03-02"},""" + "\n" +
            """  {"id": "c", "title": "Bad date", "date": "the first of May", "body": "text"},""" + "\n" +
            "  42,\n" +
            """  {"id": "e", "title": "Acme newsletter", "product": "Acme",""" +
            """ "url": "https://example.invalid/n", "body": "Acme hires."}""" + "\n" +
            "]";
        var input = new SourceInput("/x/feed.json", "/x/feed.json", json, SourceKinds.Auto);
        var reader = new NewsFeedReader();

        var canRead = reader.CanRead(input);
        var parsed = reader.Read(input);

        Assert.True(canRead);
        Assert.Equal(2, parsed.Sections.Count);
        Assert.Equal(["[1].body", "[2].date", "[3]"], parsed.Warnings.Select(w => w.Location));
        var version = Assert.Single(parsed.Nodes, n => n.Type == "ProductVersion");
        Assert.Equal("17", version.Properties["fact.java"]);
        Assert.Equal(2, parsed.Relations.Count(r => r.Type == "announces" && r.ToId == "competitorproduct:acme"));
    }

    [Fact]
    public void Read_MalformedJsonFeed_NamesTheLine()
    {
        var input = new SourceInput("/x/feed.json", "/x/feed.json", "[\n{\"title\": \"x\",\n", SourceKinds.News);

        var error = Assert.Throws<SourceFormatException>(() => new NewsFeedReader().Read(input));

        Assert.StartsWith("/x/feed.json:", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Changelog_OneNewsItemPerVersionSkippingCommentedUnreleased()
    {
        var text = """
            <!--
            ## [Unreleased]
            ### Added
            - secret
            -->

            # [0.9.0]
            ### Added
            - Building from source now requires Rust 1.92
            ## [0.8.0] - 2024-05-01
            ### Fixed
            - Requires Rust 1.80
            ## [0.7.0] - 2023-12-01
            - first
            """;
        var input = new SourceInput("/x/acme/CHANGELOG.md", "/x/acme/CHANGELOG.md", text, SourceKinds.Auto);
        var reader = new ChangelogReader();

        var parsed = reader.Read(input);

        Assert.True(reader.CanRead(input));
        Assert.Equal(["acme 0.9.0", "acme 0.8.0", "acme 0.7.0"], parsed.Sections.Select(s => s.Title));
        Assert.DoesNotContain(parsed.Sections, s => s.Text.Contains("secret", StringComparison.Ordinal));
        var dates = parsed.Nodes
            .Where(n => n.Type == "NewsItem")
            .Select(n => n.Properties.GetValueOrDefault("date"))
            .ToList();
        Assert.Equal([null, "2024-05-01", "2023-12-01"], dates);
        Assert.Equal(2, parsed.Relations.Count(r => r.Type == "supersedes"));
        Assert.Contains(
            parsed.Nodes,
            n => n.Type == "ProductVersion" && n.Properties.GetValueOrDefault("fact.rust") == "1.92");
    }
}
