// Copyright (c) SalesCognition. All rights reserved.

using System.Text.RegularExpressions;

namespace SalesCognition.Ingestion.Markdown;

/// <summary>
/// The fallback reading of a body the Markdown parser refused: paragraphs split at blank lines, markers kept.
/// </summary>
internal static partial class PlainText
{
    public static void AddParagraphs(SectionBuilder builder, string body, int offset)
    {
        foreach (Match paragraph in ParagraphPattern().Matches(body))
        {
            var text = string.Join(' ', paragraph.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length > 0)
            {
                builder.Text(text, offset + paragraph.Index, offset + paragraph.Index + paragraph.Length);
            }
        }
    }

    [GeneratedRegex(@"\S[\s\S]*?(?=\n[ \t]*\n|\z)")]
    private static partial Regex ParagraphPattern();
}
