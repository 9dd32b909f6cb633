// Copyright (c) SalesCognition. All rights reserved.

using System.Text.RegularExpressions;

namespace SalesCognition.Ingestion.Adopters.Internal;

/// <summary>
/// Parses an adopters list: top-level bullets that open with a link to the organisation (<c>* [Name](url) - text</c>)
/// and go on with a description. Bullets that only name an organisation carry no story and are counted, not kept.
/// </summary>
internal static partial class AdopterList
{
    private const int MinSentence = 20;

    public static (IReadOnlyList<Adopter> Adopters, int NameOnly) Parse(string text)
    {
        var adopters = new List<Adopter>();
        var headings = new List<(int Level, string Title)>();
        var nameOnly = 0;
        var lines = Lines(text);
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, line) = lines[i];
            if (Heading().Match(line) is { Success: true } heading)
            {
                var level = heading.Groups["marks"].Length;
                headings.RemoveAll(h => h.Level >= level);
                headings.Add((level, heading.Groups["title"].Value.Trim()));
                continue;
            }

            if (!line.StartsWith("* ", StringComparison.Ordinal) && !line.StartsWith("- ", StringComparison.Ordinal))
            {
                continue;
            }

            var item = Item().Match(line);
            if (!item.Success || item.Groups["rest"].Value.Trim().Length == 0)
            {
                nameOnly++;
                continue;
            }

            // The item goes on over indented or continuation lines until a blank line or the next item.
            var last = i;
            while (last + 1 < lines.Count && lines[last + 1].Line.Length > 0 && !IsBlockStart(lines[last + 1].Line))
            {
                last++;
            }

            var continuation = lines.Skip(i + 1).Take(last - i).Select(l => l.Line.Trim()).Where(l => !l.StartsWith(
                "* ",
                StringComparison.Ordinal));
            var description = Describe(
                item.Groups["name"].Value.Trim(),
                string.Join(' ', continuation.Prepend(item.Groups["rest"].Value)));
            var end = lines[last].Start + lines[last].Line.Length;
            adopters.Add(new Adopter(
                item.Groups["name"].Value.Trim(),
                item.Groups["url"].Value.Trim(),
                description,
                start,
                end,
                i + 1,
                [.. headings.Select(h => h.Title)]));
            i = last;
        }

        return (adopters, nameOnly);
    }

    /// <summary>The first sentence of a description: where an adopter says who it is.</summary>
    public static string FirstSentence(string description)
    {
        // Skip the name itself, which may hold a full stop or an exclamation mark ("Yahoo! JAPAN", "Frame.io").
        var end = SentenceEnd().Match(description, Math.Min(description.Length, MinSentence));
        return end.Success ? description[..(end.Index + 1)] : description;
    }

    /// <summary>
    /// The description as prose: links become their text, code marks go; an item that goes on the name's sentence
    /// (<c>[StackRox](...) is the industry's first ...</c>) keeps the name as its subject.
    /// </summary>
    private static string Describe(string name, string rest)
    {
        var prose = Link().Replace(rest, "${text}").Replace("`", "", StringComparison.Ordinal);
        prose = Whitespace().Replace(prose, " ").Trim();
        if (prose.StartsWith("- ", StringComparison.Ordinal) || prose.StartsWith("– ", StringComparison.Ordinal)
            || prose.StartsWith("— ", StringComparison.Ordinal))
        {
            return prose[2..].TrimStart();
        }

        return prose.Length > 0 && char.IsLower(prose[0]) ? $"{name} {prose}" : prose;
    }

    private static bool IsBlockStart(string line) =>
        line.StartsWith(
            "* ",
            StringComparison.Ordinal) || line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith('#');

    private static List<(int Start, string Line)> Lines(string text)
    {
        var lines = new List<(int, string)>();
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var line = text[start..end].TrimEnd('\r');
            lines.Add((start, line.TrimEnd().Length == 0 ? "" : line.TrimEnd()));
            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        return lines;
    }

    [GeneratedRegex(@"^(?<marks>#{1,6})\s+(?<title>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[*-] \[(?<name>[^\]]+)\]\((?<url>[^)\s]+)\)(?<rest>.*)$")]
    private static partial Regex Item();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)\s]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\.(?=\s+[A-Z])")]
    private static partial Regex SentenceEnd();
}
