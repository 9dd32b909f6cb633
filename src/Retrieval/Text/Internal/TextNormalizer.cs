// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text;

namespace SalesCognition.Retrieval.Text.Internal;

/// <summary>
/// Rewrites text before tokenising so that indexed text and queries meet on one form:
/// NFKC (full-width and half-width forms become one), emoji become ASCII placeholder words
/// (the standard tokenizer would otherwise drop them), and characters that would only produce
/// broken terms (lone surrogates, U+FFFD) become spaces.
/// </summary>
/// <remarks>
/// Text is normalised one combining sequence at a time so every change can be mapped back to
/// an offset of the original text; the caller receives one entry per place where the running
/// difference between input and output offsets changes.
/// </remarks>
internal static class TextNormalizer
{
    /// <summary>The prefix of the word an emoji is indexed as, followed by its code point in hex.</summary>
    public const string EmojiPrefix = "emoji_u";

    /// <summary>The first code point whose <c>OtherSymbol</c> characters are indexed as emoji.</summary>
    private const int FirstEmojiCodePoint = 0x2600;

    /// <summary>Normalises <paramref name="input"/>.</summary>
    /// <param name="input">The original text.</param>
    /// <param name="corrections">
    /// Receives (output offset, input offset minus output offset) each time that difference changes.
    /// </param>
    /// <returns>The normalised text.</returns>
    public static string Normalize(string input, Action<int, int>? corrections = null)
    {
        ArgumentNullException.ThrowIfNull(input);

        if (IsAlreadyNormal(input))
        {
            return input;
        }

        var output = new StringBuilder(input.Length + 16);
        int lastDiff = 0;
        int start = 0;
        while (start < input.Length)
        {
            int end = EndOfSequence(input, start);
            AppendSequence(output, input.AsSpan(start, end - start));

            int diff = end - output.Length;
            if (diff != lastDiff)
            {
                corrections?.Invoke(output.Length, diff);
                lastDiff = diff;
            }

            start = end;
        }

        return output.ToString();
    }

    private static bool IsAlreadyNormal(string input)
    {
        foreach (char c in input)
        {
            // Anything outside ASCII and the basic CJK block takes the slow path; ':' is rewritten there.
            if (c == ':' || (c >= 0x80 && c is < '\u4E00' or > '\u9FFF'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The end of the combining sequence (a starter and what attaches to it) at <paramref name="start"/>.
    /// </summary>
    private static int EndOfSequence(string input, int start)
    {
        int end = start + CharCount(input, start);
        if (char.IsSurrogate(input[start]) && end == start + 1)
        {
            // A lone surrogate stands alone: nothing may attach to it, or normalisation would reject the sequence.
            return end;
        }

        while (end < input.Length && !IsStarter(input, end))
        {
            end += CharCount(input, end);
        }

        return end;
    }

    private static int CharCount(string input, int index) =>
        char.IsHighSurrogate(input[index]) && index + 1 < input.Length && char.IsLowSurrogate(input[index + 1]) ? 2 : 1;

    private static bool IsStarter(string input, int index)
    {
        char c = input[index];
        if (char.IsSurrogate(c))
        {
            // Supplementary marks exist but are rare; a lone surrogate must start its own sequence to be dropped alone.
            return true;
        }

        // Half-width voiced marks and Hangul vowel/final jamo compose with the character before them under NFKC.
        if (c is '\uFF9E' or '\uFF9F' || (c >= '\u1160' && c <= '\u11FF') || (c >= '\uD7B0' && c <= '\uD7FF'))
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark => false,
            _ => true,
        };
    }

    private static void AppendSequence(StringBuilder output, ReadOnlySpan<char> sequence)
    {
        if (sequence.Length == 1 && char.IsSurrogate(sequence[0]))
        {
            output.Append(' ');
            return;
        }

        if (sequence.Length == 1 && (char.IsAscii(sequence[0]) || sequence[0] is >= '\u4E00' and <= '\u9FFF'))
        {
            AppendCodePoint(output, sequence[0]);
            return;
        }

        string normalized = sequence.ToString().Normalize(NormalizationForm.FormKC);
        for (int i = 0; i < normalized.Length; i += char.IsSurrogatePair(normalized, i) ? 2 : 1)
        {
            AppendCodePoint(output, char.ConvertToUtf32(normalized, i));
        }
    }

    private static void AppendCodePoint(StringBuilder output, int codePoint)
    {
        if (codePoint == ':')
        {
            // The standard tokenizer glues letters around a colon ("MFA:required" would be one term).
            output.Append(' ');
        }
        else if (codePoint is >= 0xFFF0 and <= 0xFFFF)
        {
            // U+FFFD and the other specials stand for text that was already lost; they must not become terms.
            output.Append(' ');
        }
        else if (codePoint >= FirstEmojiCodePoint && IsOtherSymbol(codePoint))
        {
            output.Append(CultureInfo.InvariantCulture, $" {EmojiPrefix}{codePoint:x} ");
        }
        else if (codePoint > char.MaxValue)
        {
            output.Append(char.ConvertFromUtf32(codePoint));
        }
        else
        {
            output.Append((char)codePoint);
        }
    }

    private static bool IsOtherSymbol(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.OtherSymbol;
}
