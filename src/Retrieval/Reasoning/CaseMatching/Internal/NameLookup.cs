// Copyright (c) SalesCognition. All rights reserved.

using System.Text;

namespace SalesCognition.Retrieval.Reasoning.CaseMatching.Internal;

/// <summary>
/// Finds index entities by name or alias: exactly (width and case folded), then with spacing and punctuation ignored,
/// then, for industries, with one typing slip; a loose match counts only when it names a single entity.
/// </summary>
internal sealed class NameLookup
{
    private readonly Dictionary<(string Type, string Name), int> _exact = [];
    private readonly Dictionary<(string Type, string Compact), HashSet<int>> _compact = [];
    private readonly List<(string Surface, int Ordinal, string Type)> _surfaces = [];

    public void Add(string type, string name, int ordinal)
    {
        var folded = Fold(name);
        if (folded.Length == 0)
        {
            return;
        }

        _exact.TryAdd((type, folded), ordinal);
        var compact = Compact(folded);
        if (!_compact.TryGetValue((type, compact), out var set))
        {
            _compact[(type, compact)] = set = [];
        }

        set.Add(ordinal);
        if (folded.Length >= 3 || folded.Any(IsCjk))
        {
            _surfaces.Add((folded, ordinal, type));
        }
    }

    public void Seal() => _surfaces.Sort((a, b) => b.Surface.Length.CompareTo(a.Surface.Length));

    public int Find(string type, string name)
    {
        var folded = Fold(name);
        if (_exact.TryGetValue((type, folded), out var ordinal))
        {
            return ordinal;
        }

        var compact = Compact(folded);
        if (_compact.TryGetValue((type, compact), out var set) && set.Count == 1)
        {
            return set.First();
        }

        if (type != "Industry" || compact.Length < 6)
        {
            return -1;
        }

        var near = _compact.Where(c => c.Key.Type == type && WithinOneEdit(
            c.Key.Compact,
            compact)).SelectMany(c => c.Value).Distinct().ToList();
        return near.Count == 1 ? near[0] : -1;
    }

    /// <summary>
    /// The entities of the given types named in <paramref name="text"/> (whole words for Latin names).
    /// </summary>
    public IEnumerable<(int Ordinal, string Type)> Mentions(string text, IReadOnlySet<string> types)
    {
        var folded = Fold(text);
        var taken = new bool[folded.Length];
        foreach (var (surface, ordinal, type) in _surfaces)
        {
            if (!types.Contains(type))
            {
                continue;
            }

            for (var at = folded.IndexOf(
                surface,
                StringComparison.Ordinal); at >= 0; at = folded.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                if (IsWhole(folded, at, surface.Length) && !taken.AsSpan(at, surface.Length).Contains(true))
                {
                    taken.AsSpan(at, surface.Length).Fill(true);
                    yield return (ordinal, type);
                }
            }
        }
    }

    public static string Fold(string text) =>
        string.Join(
            ' ',
            text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';

    private static string Compact(string folded) => string.Concat(folded.Where(char.IsLetterOrDigit));

    private static bool IsWhole(string text, int at, int length)
    {
        var before = at > 0 && char.IsAsciiLetterOrDigit(text[at]) && char.IsAsciiLetterOrDigit(text[at - 1]);
        var end = at + length;
        var after = end < text.Length && char.IsAsciiLetterOrDigit(text[end - 1]) && char.IsAsciiLetterOrDigit(text[end]);
        return !before && !after;
    }

    private static bool WithinOneEdit(string a, string b)
    {
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
            return prefix == a.Length || swapped || a.AsSpan(prefix + 1).SequenceEqual(b.AsSpan(prefix + 1));
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(prefix + 1).SequenceEqual(shorter.AsSpan(prefix));
    }
}
