// Copyright (c) SalesCognition. All rights reserved.

using System.Text;

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis.Internal;

/// <summary>Folds names for comparison: NFKC (full-width to half-width), lower case, no whitespace.</summary>
internal static class Fold
{
    public static string Text(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        return string.Concat(folded.Where(c => !char.IsWhiteSpace(c)));
    }
}
