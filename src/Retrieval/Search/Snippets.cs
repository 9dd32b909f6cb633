// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Search;

/// <summary>Cuts a passage of an entry's text around the first word of the query it contains.</summary>
internal static class Snippets
{
    public static string Around(string text, string query, int length)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= length)
        {
            return flat;
        }

        var at = query
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => flat.IndexOf(word, StringComparison.OrdinalIgnoreCase))
            .Where(i => i >= 0)
            .DefaultIfEmpty(0)
            .Min();
        var start = Math.Clamp(at - (length / 4), 0, flat.Length - length);
        if (start > 0 && char.IsLowSurrogate(flat[start]))
        {
            start--;
        }

        var end = Math.Min(flat.Length, start + length);
        if (end < flat.Length && char.IsHighSurrogate(flat[end - 1]))
        {
            end--;
        }

        return (start > 0 ? "…" : "") + flat[start..end] + (end < flat.Length ? "…" : "");
    }
}
