// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Ingestion.Linking;

/// <summary>
/// Looser matches tried when no name or alias matches exactly: the same letters and digits with spacing and
/// punctuation ignored (<c>GTXPro</c> = <c>GTX Pro</c>), and, for industries only, one slip of the keyboard
/// (<c>technolgy</c>). A loose match counts only when it points at exactly one node.
/// </summary>
internal static class GazetteerFallback
{
    // Industry names are plain words, where a one-letter slip is a typo; product names differ by one letter on purpose.
    private static readonly HashSet<string> TypoTolerantTypes = new(StringComparer.Ordinal) { "Industry" };

    private const int MinimumTypoLength = 6;

    public static GraphNode? Resolve(List<(string Surface, GraphNode Node)> names, string type, string folded)
    {
        var compact = Compact(folded);
        if (compact.Length == 0)
        {
            return null;
        }

        var spaced = Single(names.Where(n => n.Node.Type == type && Compact(n.Surface) == compact));
        if (spaced is not null || !TypoTolerantTypes.Contains(type) || compact.Length < MinimumTypoLength)
        {
            return spaced;
        }

        return Single(names.Where(n => n.Node.Type == type && WithinOneEdit(Compact(n.Surface), compact)));
    }

    /// <summary>The letters and digits of <paramref name="folded"/>, nothing else.</summary>
    public static string Compact(string folded) => string.Concat(folded.Where(char.IsLetterOrDigit));

    /// <summary>Whether one insertion, deletion, substitution or swap of neighbours turns one into the other.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (a.Length == b.Length)
        {
            var swapped = prefix + 1 < a.Length && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
                && a.AsSpan(prefix + 2).SequenceEqual(b.AsSpan(prefix + 2));
            return swapped || a.AsSpan(prefix + 1).SequenceEqual(b.AsSpan(prefix + 1));
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(prefix + 1).SequenceEqual(shorter.AsSpan(prefix));
    }

    private static GraphNode? Single(IEnumerable<(string Surface, GraphNode Node)> candidates)
    {
        var nodes = candidates.Select(c => c.Node).DistinctBy(n => n.Id).Take(2).ToList();
        return nodes.Count == 1 ? nodes[0] : null;
    }
}
