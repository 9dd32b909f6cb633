// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text;
using SalesCognition.Retrieval.Embeddings;

namespace SalesCognition.Retrieval.Search.Internal;

/// <summary>
/// Decides how much the vector leg may count for a query the embedding model may not represent: the local
/// English model maps Chinese to few or unknown word pieces, so its neighbours for a Chinese query are noise.
/// </summary>
internal static class VectorLegGate
{
    /// <summary>The vector leg's weight and note for <paramref name="query"/>.</summary>
    /// <param name="query">The user's text.</param>
    /// <param name="options">The configured weights and limits.</param>
    /// <param name="localEnglishModel">Whether the generator is the local MiniLM, whose unknown-token ratio is known.</param>
    public static VectorLegDecision Decide(string query, RetrievalOptions options, bool localEnglishModel)
    {
        double weight = options.VectorWeight;
        if (weight <= 0)
        {
            return new VectorLegDecision(0, "vector leg off: its weight is 0");
        }

        if (localEnglishModel)
        {
            double unknown = MiniLmEmbeddingGenerator.UnknownTokenRatio(query);
            if (unknown > options.VectorUnknownTokenLimit)
            {
                return new VectorLegDecision(0, string.Create(
                    CultureInfo.InvariantCulture,
                    $"vector leg skipped: the model cannot spell {unknown:P0} of the query's word pieces"));
            }
        }

        double share = CjkShare(query);
        double limit = options.VectorCjkShareLimit;
        if (share <= limit || limit >= 1)
        {
            return new VectorLegDecision(weight, null);
        }

        double skip = Math.Max(options.VectorCjkShareSkip, limit);
        double factor = share >= skip ? 0 : (skip - share) / (skip - limit);
        string note = factor <= 0
            ? "vector leg skipped: the query is Chinese/Japanese/Korean text, which the embedding model cannot " +
                "represent"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"vector leg down-weighted to {factor:0.00}: {share:P0} of the query is CJK text");
        return new VectorLegDecision(Math.Max(0, weight * factor), note);
    }

    /// <summary>
    /// The share of CJK characters among the letters and digits of <paramref name="text"/>; 0 for none.
    /// </summary>
    public static double CjkShare(string text)
    {
        int letters = 0;
        int cjk = 0;
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune))
            {
                continue;
            }

            letters++;
            if (IsCjk(rune.Value))
            {
                cjk++;
            }
        }

        return letters == 0 ? 0 : (double)cjk / letters;
    }

    private static bool IsCjk(int c) =>
        c is (>= 0x3040 and <= 0x30FF) // kana
            or (>= 0x3400 and <= 0x4DBF) // CJK extension A
            or (>= 0x4E00 and <= 0x9FFF) // CJK unified ideographs
            or (>= 0xAC00 and <= 0xD7AF) // Hangul syllables
            or (>= 0xF900 and <= 0xFAFF) // compatibility ideographs
            or (>= 0x20000 and <= 0x3FFFF); // supplementary ideographs
}
