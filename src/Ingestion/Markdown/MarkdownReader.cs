// Copyright (c) SalesCognition. All rights reserved.

using Markdig;
using Markdig.Syntax;
using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.News;
using SalesCognition.Ingestion.News.Internal;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Markdown;

/// <summary>
/// Reads Markdown (and Hugo-style HTML bodies) with YAML front matter: product docs, customer cases and news.
/// The kind comes from <c>--kind</c>, else from the front matter, else from the path.
/// </summary>
public sealed class MarkdownReader : ISourceReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UsePreciseSourceLocation()
        .UseCjkFriendlyEmphasis()
        .Build();

    /// <inheritdoc />
    public string Name => "markdown";

    /// <inheritdoc />
    public bool CanRead(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var extension = Path.GetExtension(input.Path).ToLowerInvariant();
        return extension switch
        {
            ".md" or ".markdown" or ".mdx" => true,
            ".html" or ".htm" => input.Text.StartsWith("---", StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <inheritdoc />
    public ParsedSource Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var frontMatter = PelicanHeader.TryParse(input.Path, input.Text) ?? FrontMatter.Parse(input.Path, input.Text);
        var kind = MarkdownFacts.DetectKind(input, frontMatter);
        var body = MarkdownText.BlankDirectives(input.Text[frontMatter.BodyStart..]);
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new SourceFormatException($"{input.Path}: no content (the file has no body text).");
        }

        var title = frontMatter.Text("title") ?? "";
        var entryKind = kind == SourceKinds.Docs ? CitingKinds.FromDeclared(frontMatter.Text("kind")) : null;
        var builder = new SectionBuilder(entryKind ?? MarkdownFacts.EntryKind(kind), title);
        var warnings = new List<IngestionWarning>();
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException ex)
        {
            // Markdig refuses pathological nesting (a line of dozens of list markers); keep the words as plain text.
            warnings.Add(new IngestionWarning(
                "",
                $"the Markdown could not be parsed ({ex.Message}); ingested as plain text"));
            document = [];
            PlainText.AddParagraphs(builder, body, frontMatter.BodyStart);
        }

        foreach (var block in document)
        {
            Visit(builder, block, frontMatter.BodyStart);
        }

        var sections = builder.Sections;
        if (sections.Count == 0)
        {
            throw new SourceFormatException($"{input.Path}: no content (the body holds no text).");
        }

        if (title.Length == 0)
        {
            title = builder.FirstHeading ?? Path.GetFileNameWithoutExtension(input.Path);
            sections = [.. sections.Select(s => s with { Title = title })];
        }

        var parsed = MarkdownFacts.Build(input, frontMatter, kind, title, sections);
        if (kind == SourceKinds.News)
        {
            parsed = NewsRelease.Augment(
                parsed,
                NodeId.For("NewsItem", input.SourceId),
                frontMatter.Text("product") ?? (frontMatter.List("products") is [var first, ..] ? first : null),
                frontMatter.Text("version"),
                frontMatter.Text("date"),
                frontMatter.Text("cve"));
        }

        return warnings.Count == 0 ? parsed : parsed with { Warnings = [.. parsed.Warnings, .. warnings] };
    }

    private static void Visit(SectionBuilder builder, Block block, int offset)
    {
        var start = offset + block.Span.Start;
        var end = offset + block.Span.End + 1;
        switch (block)
        {
            case HeadingBlock heading:
                builder.Heading(heading.Level, MarkdownText.Of(heading.Inline), start, end);
                break;
            case HtmlBlock html:
                foreach (var (level, text) in HtmlText.Blocks(html.Lines.ToString()))
                {
                    if (level > 0)
                    {
                        builder.Heading(level, text, start, end);
                    }
                    else
                    {
                        builder.Text(text, start, end);
                    }
                }

                break;
            case ThematicBreakBlock or LinkReferenceDefinitionGroup:
                break;
            default:
                builder.Text(MarkdownText.Of(block), start, end);
                break;
        }
    }
}
