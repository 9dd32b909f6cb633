// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Chunking;

/// <summary>
/// Cuts a section's text into pieces of bounded size, preferring paragraph, then sentence boundaries,
/// and never cutting a surrogate pair apart.
/// </summary>
internal static class Chunker
{
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。！？；.!?;");

    public static IReadOnlyList<string> Split(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 16);

        var pieces = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var paragraph in text.Split('\n'))
        {
            foreach (var part in SplitLong(paragraph.Trim(), maxChars))
            {
                if (current.Length > 0 && current.Length + 1 + part.Length > maxChars)
                {
                    pieces.Add(current.ToString());
                    current.Clear();
                }

                if (part.Length > 0)
                {
                    current.Append(current.Length > 0 ? "\n" : "").Append(part);
                }
            }
        }

        if (current.Length > 0)
        {
            pieces.Add(current.ToString());
        }

        return pieces;
    }

    private static IEnumerable<string> SplitLong(string paragraph, int maxChars)
    {
        var start = 0;
        while (paragraph.Length - start > maxChars)
        {
            var window = paragraph.AsSpan(start, maxChars);
            var cut = window.LastIndexOfAny(SentenceEnds);
            if (cut < maxChars / 2)
            {
                cut = window.LastIndexOf(' ');
            }

            var length = cut < maxChars / 2 ? maxChars : cut + 1;
            if (char.IsHighSurrogate(paragraph[start + length - 1]))
            {
                length--;
            }

            yield return paragraph.Substring(start, length).Trim();
            start += length;
        }

        yield return paragraph[start..].Trim();
    }
}
