// Copyright (c) SalesCognition. All rights reserved.

using System.Text.RegularExpressions;

namespace SalesCognition.Ingestion.Markdown;

/// <summary>
/// Reads a Pelican metadata header (<c>Title:</c>, <c>category:</c>, <c>cve:</c>... lines up to the first blank line)
/// as front matter. The date comes from a <c>Date:</c> line or from a <c>YYYY-MM-DD-</c> file-name prefix; a
/// <c>category</c> such as <c>solr/news</c> or <c>solr/security</c> makes the file news about product <c>solr</c>.
/// </summary>
internal static partial class PelicanHeader
{
    public static FrontMatter? TryParse(string path, string text)
    {
        var first = FirstLine(text, 0);
        if (!first.StartsWith("Title:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        while (position < text.Length)
        {
            var line = FirstLine(text, position);
            position = NextLine(text, position);
            if (line.Trim().Length == 0)
            {
                break;
            }

            var match = HeaderLine().Match(line);
            if (!match.Success)
            {
                // Not a header after all (a paragraph that starts with "Title:"): the whole file is body.
                return null;
            }

            var value = match.Groups["value"].Value.Trim();
            if (value.Length > 0)
            {
                pairs[match.Groups["key"].Value.ToLowerInvariant()] = value;
            }
        }

        if (!pairs.ContainsKey("date") && DatePrefix().Match(Path.GetFileName(path)) is { Success: true } date)
        {
            pairs["date"] = date.Groups["date"].Value;
        }

        if (pairs.TryGetValue("category", out var category))
        {
            var parts = category.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[1] is "news" or "security" && !pairs.ContainsKey("kind"))
            {
                pairs["kind"] = "news";
                pairs.TryAdd("product", parts[0]);
            }
        }

        return FrontMatter.FromPairs(pairs, position);
    }

    private static string FirstLine(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return (end < 0 ? text[start..] : text[start..end]).TrimEnd('\r');
    }

    private static int NextLine(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end + 1;
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z0-9_\-]*):(?<value>.*)$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-")]
    private static partial Regex DatePrefix();
}
