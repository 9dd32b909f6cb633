// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Chunking;

/// <summary>
/// Cuts a section's text into pieces of bounded size, preferring paragraph, then sentence boundaries,
/// and never cutting a surrogate pair apart.
/// </summary>
/// <remarks>
/// <see cref="Slices"/> is the primary form: each chunk is an exact range of the text, the ranges follow each other
/// without gap or overlap, and together they are the text. <see cref="Split"/> is the older, trimmed form.
/// </remarks>
internal static class Chunker
{
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。！？；.!?;");

    /// <summary>
    /// Cuts <paramref name="text"/> into contiguous slices of at most <paramref name="maxChars"/> code units that
    /// reassemble it exactly. A slice ends after a line break, else after a sentence end, else after a space, when
    /// one lies in the second half of the window; otherwise at the bound, moved back one unit so as not to cut a
    /// surrogate pair.
    /// </summary>
    public static IReadOnlyList<TextSlice> Slices(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 16);

        var slices = new List<TextSlice>();
        var start = 0;
        while (text.Length - start > maxChars)
        {
            var length = CutLength(text.AsSpan(start, maxChars + 1), maxChars);
            slices.Add(new TextSlice(start, length));
            start += length;
        }

        if (start < text.Length)
        {
            slices.Add(new TextSlice(start, text.Length - start));
        }

        return slices;
    }

    /// <summary>The length of the next slice; <paramref name="window"/> holds one unit past the bound.</summary>
    private static int CutLength(ReadOnlySpan<char> window, int maxChars)
    {
        var bounded = window[..maxChars];
        var half = maxChars / 2;
        foreach (var cut in (ReadOnlySpan<int>)[bounded.LastIndexOf('\n'), bounded.LastIndexOfAny(SentenceEnds), bounded.LastIndexOf(' ')])
        {
            if (cut >= half)
            {
                return cut + 1;
            }
        }

        // No boundary: cut at the bound, but never between the two halves of a surrogate pair.
        return char.IsHighSurrogate(window[maxChars - 1]) && char.IsLowSurrogate(window[maxChars]) ? maxChars - 1 : maxChars;
    }

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
