// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Text;
using SalesCognition.Retrieval.Vectors;

namespace SalesCognition.Retrieval.Search.Internal;

/// <summary>Fuses the BM25 and vector candidate lists into one ranking with a score breakdown per entry.</summary>
internal static class ScoreFusion
{
    /// <summary>The fused ranking, best first; ties break on the BM25 rank, then on the id.</summary>
    public static List<(string Id, ScoreBreakdown Score)> Fuse(
        IReadOnlyList<TextHit> textHits,
        IReadOnlyList<VectorHit> vectorHits,
        RetrievalOptions options,
        VectorLegDecision vectorLeg)
    {
        var parts = new Dictionary<string, (int? TextRank, double? TextScore, int? VectorRank, double? VectorScore)>(
            StringComparer.Ordinal);
        var passageScores = vectorHits
            .Where(h => h.PassageScore is not null)
            .ToDictionary(h => h.EntryId, h => (double)h.PassageScore!.Value, StringComparer.Ordinal);
        for (var i = 0; i < textHits.Count; i++)
        {
            parts[textHits[i].EntryId] = (i + 1, textHits[i].Score, null, null);
        }

        for (var i = 0; i < vectorHits.Count; i++)
        {
            var current = parts.GetValueOrDefault(vectorHits[i].EntryId);
            parts[vectorHits[i].EntryId] = current with { VectorRank = i + 1, VectorScore = vectorHits[i].Score };
        }

        var textRange = Range(textHits.Select(h => (double)h.Score));
        var vectorRange = Range(vectorHits.Select(h => (double)h.Score));
        bool minMax = options.Fusion == FusionMethods.MinMax;
        return [.. parts
            .Select(p =>
            {
                var (textRank, textScore, vectorRank, vectorScore) = p.Value;
                double fused = minMax
                    ? (options.TextWeight * Normalise(
                        textScore,
                        textRange)) + (vectorLeg.Weight * Normalise(vectorScore, vectorRange))
                    : Reciprocal(
                        options.TextWeight,
                        textRank,
                        options.RrfK) + Reciprocal(vectorLeg.Weight, vectorRank, options.RrfK);
                return (p.Key, Score: new ScoreBreakdown(textRank, textScore, vectorRank, vectorScore, fused)
                {
                    Fusion = minMax ? FusionMethods.MinMax : FusionMethods.ReciprocalRank,
                    VectorWeight = vectorLeg.Weight,
                    VectorNote = vectorLeg.Note,
                    VectorPassageScore = passageScores.TryGetValue(p.Key, out var passage) ? passage : null,
                    FusedBeforeGraph = fused,
                });
            })
            .OrderByDescending(p => p.Score.Fused)
            .ThenBy(p => p.Score.Bm25Rank ?? int.MaxValue)
            .ThenBy(p => p.Key, StringComparer.Ordinal)];
    }

    private static double Reciprocal(double weight, int? rank, int k) => rank is { } r ? weight / (k + r) : 0;

    private static (double Min, double Max) Range(IEnumerable<double> scores)
    {
        double min = double.PositiveInfinity;
        double max = double.NegativeInfinity;
        foreach (double score in scores)
        {
            min = Math.Min(min, score);
            max = Math.Max(max, score);
        }

        return (min, max);
    }

    private static double Normalise(double? score, (double Min, double Max) range)
    {
        if (score is not { } s)
        {
            return 0;
        }

        // One candidate, or all equal: each is as good as the best the leg found.
        return range.Max > range.Min ? (s - range.Min) / (range.Max - range.Min) : 1;
    }
}
