// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text;

namespace SalesCognition.Ingestion.Mlps.Internal;

/// <summary>
/// Normalises requirement text for matching (NFKC width folding, OCR look-alike characters, no punctuation or
/// whitespace, lower case) and scores how alike two texts are.
/// </summary>
internal static class MlpsText
{
    /// <summary>
    /// Characters the source's OCR put in place of common ones (釆 for 采, 査 for 查): the same requirement is
    /// written both ways in the two tables.
    /// </summary>
    public static IReadOnlyDictionary<char, char> LookAlikes { get; } = new Dictionary<char, char>
    {
        ['釆'] = '采',
        ['査'] = '查',
    };

    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(LookAlikes.GetValueOrDefault(c, c)));
            }
        }

        return builder.ToString();
    }

    /// <summary>The look-alike characters in <paramref name="text"/>, as <c>'釆' (for '采')</c> phrases.</summary>
    public static IReadOnlyList<string> LookAlikesIn(string text) =>
        text.Where(LookAlikes.ContainsKey)
            .Distinct()
            .Select(c => string.Create(
                CultureInfo.InvariantCulture,
                $"'{c}' (U+{(int)c:X4}, read as '{LookAlikes[c]}')"))
            .ToList();

    /// <summary>
    /// Dice coefficient over character bigrams of two normalised texts: 1 for equal texts, 0 for nothing shared.
    /// </summary>
    public static double Similarity(string left, string right)
    {
        if (left.Length < 2 || right.Length < 2)
        {
            return string.Equals(left, right, StringComparison.Ordinal) ? 1 : 0;
        }

        var counts = new Dictionary<(char, char), int>();
        for (var i = 0; i + 1 < left.Length; i++)
        {
            var bigram = (left[i], left[i + 1]);
            counts[bigram] = counts.GetValueOrDefault(bigram) + 1;
        }

        var shared = 0;
        for (var i = 0; i + 1 < right.Length; i++)
        {
            var bigram = (right[i], right[i + 1]);
            if (counts.TryGetValue(bigram, out var count) && count > 0)
            {
                counts[bigram] = count - 1;
                shared++;
            }
        }

        return 2.0 * shared / (left.Length - 1 + right.Length - 1);
    }
}
