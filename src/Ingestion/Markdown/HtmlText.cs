// Copyright (c) SalesCognition. All rights reserved.

using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SalesCognition.Ingestion.Markdown;

/// <summary>Reads HTML embedded in Markdown as headings and text blocks, dropping the markup.</summary>
internal static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script",
        "style",
        "noscript",
        "svg",
    };

    /// <summary>The headings (with level 1-6) and text blocks (level 0) of an HTML fragment, in order.</summary>
    public static IReadOnlyList<(int Level, string Text)> Blocks(string html)
    {
        var document = Parser.ParseDocument("<html><body>" + html + "</body></html>");
        var blocks = new List<(int, string)>();
        if (document.Body is { } body)
        {
            Walk(body, blocks);
        }

        return blocks;
    }

    private static void Walk(IElement element, List<(int Level, string Text)> blocks)
    {
        var textHere = new System.Text.StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child)
            {
                if (Skipped.Contains(child.LocalName))
                {
                    continue;
                }

                if (HeadingLevel(child) is > 0 and var level)
                {
                    Flush(textHere, blocks);
                    blocks.Add((level, Clean(child.TextContent)));
                }
                else if (IsBlock(child))
                {
                    Flush(textHere, blocks);
                    Walk(child, blocks);
                }
                else
                {
                    textHere.Append(child.TextContent);
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                textHere.Append(node.TextContent);
            }
        }

        Flush(textHere, blocks);
    }

    private static void Flush(System.Text.StringBuilder text, List<(int Level, string Text)> blocks)
    {
        var clean = Clean(text.ToString());
        if (clean.Length > 0)
        {
            blocks.Add((0, clean));
        }

        text.Clear();
    }

    private static int HeadingLevel(IElement element) =>
        element.LocalName is ['h', >= '1' and <= '6'] name ? name[1] - '0' : 0;

    private static bool IsBlock(IElement element) => element.LocalName is
        "p" or "div" or "section" or "article" or "ul" or "ol" or "li" or "table" or "tr" or "td" or "th" or "thead"
        or "tbody" or "blockquote" or "pre" or "figure" or "figcaption" or "header" or "footer" or "main" or "aside"
        or "dl" or "dt" or "dd" or "br" or "hr";

    private static string Clean(string text) => string.Join(
        ' ',
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
