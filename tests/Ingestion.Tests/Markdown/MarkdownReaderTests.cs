// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Markdown;
using SalesCognition.Ingestion.Sources;
using SalesCognition.Testing;

namespace SalesCognition.Ingestion.Tests.Markdown;

public sealed class MarkdownReaderTests
{
    private readonly MarkdownReader _reader = new();

    [Fact]
    public void Read_DocWithHeadings_GivesOneSectionPerHeadingWithItsPath()
    {
        var text = "---\ntitle: Guide\n---\n\n# Guide\n\nIntro text.\n\n## Setup\n\nRun the installer.\n\n### " +
            "Linux\n\nUse the package.\n";

        var parsed = _reader.Read(Input("docs/guide.md", text));

        Assert.Equal("docs", parsed.Kind);
        Assert.Equal("Guide", parsed.Title);
        Assert.Equal(
            ["Guide", "Guide/Setup", "Guide/Setup/Linux"],
            parsed.Sections.Select(s => string.Join('/', s.HeadingPath)));
        Assert.Contains("Run the installer.", parsed.Sections[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Section_RecordsItsCharacterRangeInTheFile()
    {
        var text = "---\ntitle: T\n---\n# T\n\nAlpha paragraph.\n\n## Beta\n\nBeta paragraph.\n";

        var parsed = _reader.Read(Input("a.md", text));

        var beta = parsed.Sections.Single(s => s.HeadingPath[^1] == "Beta");
        var slice = text[beta.Locator.Start..beta.Locator.End];
        Assert.StartsWith("## Beta", slice, StringComparison.Ordinal);
        Assert.Contains("Beta paragraph.", slice, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MarkupAndTables_KeepsOnlyTheWords()
    {
        var text = "# Fields\n\nThe **bold** and `code` and [link](http://example.test).\n\nName | Description\n:--- " +
            "| :---\n`audit_category` | The category.\n";

        var parsed = _reader.Read(Input("fields.md", text));

        var body = parsed.Sections[0].Text;
        Assert.Contains("The bold and code and link.", body, StringComparison.Ordinal);
        Assert.Contains("audit_category | The category.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("**", body, StringComparison.Ordinal);
        Assert.DoesNotContain("http://example.test", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HtmlBodyCaseStudy_ReadsFrontMatterDetailsAndHtmlHeadings()
    {
        var text = """
            ---
            title: ING Case Study
            case_study_details:
              - Company: ING
              - Location: Amsterdam, Netherlands
              - Industry: Finance
            ---

            <h2>Challenge</h2>

            <p>ING needed a <a href="https://example.test">standard</a> platform.</p>

            <h2>Solution</h2>

            <p>They built it on Kubernetes.</p>

            {{< case-studies/quote author="Someone">}}
            "A quote worth keeping."
            {{< /case-studies/quote >}}
            """;

        var parsed = _reader.Read(Input("case-studies/ing.html", text));

        Assert.Equal("cases", parsed.Kind);
        Assert.Equal(["Challenge", "Solution"], parsed.Sections.Select(s => s.HeadingPath[^1]));
        Assert.Contains("ING needed a standard platform.", parsed.Sections[0].Text, StringComparison.Ordinal);
        Assert.Contains("A quote worth keeping.", parsed.Sections[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", string.Concat(parsed.Sections.Select(s => s.Text)), StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", string.Concat(parsed.Sections.Select(s => s.Text)), StringComparison.Ordinal);
        Assert.Contains(parsed.Nodes, n => n.Type == "Customer" && n.Name == "ING");
        Assert.Contains(parsed.Nodes, n => n.Type == "Industry" && n.Name == "Finance");
        Assert.Contains(parsed.Nodes, n => n.Type == "Region" && n.Name == "Amsterdam, Netherlands");
        Assert.Contains(parsed.Relations, r => r.Type == "for_customer");
        Assert.Contains(parsed.Relations, r => r.Type == "in_industry");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    [InlineData("---\ntitle: Only metadata\n---\n")]
    [InlineData("---\ntitle: Only metadata\n---\n\n   \n")]
    public void Read_NoBody_FailsWithNoContent(string text)
    {
        var error = Assert.Throws<SourceFormatException>(() => _reader.Read(Input("empty.md", text)));

        Assert.Contains("empty.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("no content", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadFrontMatterYaml_NamesFileAndLine()
    {
        var text = "---\ntitle: ok\nproducts: [a, b\n---\n# Body\n\ntext\n";

        var error = Assert.Throws<SourceFormatException>(() => _reader.Read(Input("bad.md", text)));

        Assert.Matches(@"^bad\.md:\d+: the front matter is not valid YAML", error.Message);
    }

    [Fact]
    public void Read_UnclosedFrontMatter_SaysSo()
    {
        var error = Assert.Throws<SourceFormatException>(() => _reader.Read(Input(
            "open.md",
            "---\ntitle: x\n# Body\n")));

        Assert.Equal("open.md:1: the front matter opened with '---' is never closed.", error.Message);
    }

    [Theory]
    [InlineData("kind: news", "news")]
    [InlineData("kind: case", "cases")]
    [InlineData("layout: default", "docs")]
    public void Read_KindFromFrontMatter_IsDetected(string line, string expected)
    {
        var parsed = _reader.Read(Input("x.md", $"---\ntitle: X\n{line}\n---\n# X\n\nBody.\n"));

        Assert.Equal(expected, parsed.Kind);
    }

    [Fact]
    public void Read_KindHint_OverridesDetection()
    {
        var parsed = _reader.Read(Input("x.md", "---\ntitle: X\n---\n# X\n\nBody.\n", SourceKinds.News));

        Assert.Equal("news", parsed.Kind);
        Assert.Contains(parsed.Nodes, n => n.Type == "NewsItem");
    }

    [Fact]
    public void Read_ChineseText_IsKeptWhole()
    {
        var parsed = _reader.Read(
            Input("zh.md", "# 澜图安全网关\n\n支持多因素认证（MFA），满足等保2.0三级要求。👍\n"));

        Assert.Contains(
            "支持多因素认证（MFA），满足等保2.0三级要求。👍",
            parsed.Sections[0].Text,
            StringComparison.Ordinal);
        Assert.Equal("澜图安全网关", parsed.Title);
    }

    [RequiresDataFact("customer-case-studies/kubernetes/case-studies")]
    public void Read_EveryRealCaseStudy_YieldsSectionsWithoutMarkup()
    {
        var folder = RepositoryPaths.Data("customer-case-studies", "kubernetes", "case-studies");

        foreach (var file in Directory.EnumerateFiles(folder, "*.html"))
        {
            if (Path.GetFileName(file) == "yahoo-japan.html")
            {
                // Its source holds front matter only (a link to a blog post): rejected, not stored empty.
                Assert.Contains(
                    "no content",
                    Assert.Throws<SourceFormatException>(() => _reader.Read(Input(
                        file,
                        File.ReadAllText(file)))).Message,
                    StringComparison.Ordinal);
                continue;
            }

            var parsed = _reader.Read(Input(file, File.ReadAllText(file)));

            Assert.Equal("cases", parsed.Kind);
            Assert.NotEmpty(parsed.Sections);
            Assert.All(parsed.Sections, s => Assert.DoesNotContain("</", s.Text, StringComparison.Ordinal));
        }
    }

    private static SourceInput Input(
        string path,
        string text,
        string kind = SourceKinds.Auto) => new(path, path, text, kind);
}
