// Copyright (c) SalesCognition. All rights reserved.

using System.Text.RegularExpressions;

namespace SalesCognition.Ingestion.Oscal.Internal;

/// <summary>Patterns of OSCAL prose: parameter inserts and the little Markdown it carries.</summary>
internal static partial class ProseText
{
    /// <summary>Rewrites every <c>{{ ... }}</c> through <paramref name="replace"/> (given the inner text).</summary>
    public static string ReplaceMarkup(string prose, Func<string, string> replace) =>
        MarkupPattern().Replace(prose, match => replace(match.Groups["body"].Value));

    /// <summary>Parses the inside of <c>{{ insert: param, ac-2_prm_1 }}</c>.</summary>
    public static bool TryParseInsert(string body, out string type, out string id)
    {
        var match = InsertPattern().Match(body);
        type = match.Success ? match.Groups["type"].Value : "";
        id = match.Success ? match.Groups["id"].Value : "";
        return match.Success;
    }

    /// <summary>
    /// Removes Markdown links (keeping their text) and emphasis, joins hard-wrapped lines (a single line break
    /// that does not start a list item), and squeezes runs of spaces.
    /// </summary>
    public static string Plain(string prose)
    {
        var text = SoftBreakPattern().Replace(prose.ReplaceLineEndings("\n"), " ");
        text = LinkPattern().Replace(text, "${text}");
        text = EmphasisPattern().Replace(text, "${text}");
        return SpacesPattern().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\{\{(?<body>[^{}]*)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex MarkupPattern();

    [GeneratedRegex(@"^\s*insert\s*:\s*(?<type>[\w-]+)\s*,\s*(?<id>[^\s,]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex InsertPattern();

    [GeneratedRegex(@"\[(?<text>[^\[\]]+)\]\([^()\s]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"(\*\*|__)(?<text>\S(?:.*?\S)?)\1", RegexOptions.CultureInvariant)]
    private static partial Regex EmphasisPattern();

    [GeneratedRegex(@"(?<=[^\n])[ \t]*\n(?![ \t]*(?:\n|[-*+][ \t]|\d+[.)][ \t]))[ \t]*", RegexOptions.CultureInvariant)]
    private static partial Regex SoftBreakPattern();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex SpacesPattern();
}
