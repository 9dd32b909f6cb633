// Copyright (c) SalesCognition. All rights reserved.

using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SalesCognition.Ingestion.Markdown;

/// <summary>Plain text of Markdig blocks and inlines: the words a reader sees, no markup.</summary>
internal static partial class MarkdownText
{
    public static string Of(Block block)
    {
        var builder = new StringBuilder();
        Append(builder, block);
        return Collapse(builder.ToString());
    }

    public static string Of(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline);
        return Collapse(builder.ToString());
    }

    /// <summary>
    /// Blanks template directives (Hugo shortcodes, Liquid tags, kramdown attribute lists) keeping offsets.
    /// </summary>
    public static string BlankDirectives(string text) =>
        DirectivePattern().Replace(text, m => new string(' ', m.Length));

    private static void Append(StringBuilder builder, Block block)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                Append(builder, inline);
                builder.Append('\n');
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    var cells = row.OfType<TableCell>().Select(cell => Of((Block)cell));
                    builder.Append(string.Join(" | ", cells)).Append('\n');
                }

                break;
            case LeafBlock leaf:
                builder.Append(leaf.Lines.ToString()).Append('\n');
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(builder, child);
                }

                break;
        }
    }

    private static void Append(StringBuilder builder, ContainerInline? container)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case HtmlInline:
                    break;
                case ContainerInline nested:
                    Append(builder, nested);
                    break;
            }
        }
    }

    private static string Collapse(string text) => SpacePattern().Replace(
        text,
        " ").Replace(" \n", "\n", StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"\{\{[<%].*?[%>]\}\}|\{%.*?%\}|^\{:[^\n}]*\}[ \t]*$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex DirectivePattern();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex SpacePattern();
}
