// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;

namespace SalesCognition.Retrieval.Liveness.Internal;

/// <summary>Computes the score of <see cref="LivenessOptions"/> and explains it term by term.</summary>
internal sealed class LivenessScorer(LivenessOptions options)
{
    public string Formula => Format(
        $"score = {options.UsageWeight:0.###} × D/(D + {options.UsageSaturation:0.###}) ") +
        Format($"+ {options.FreshnessWeight:0.###} × 2^(−age days/{options.FreshnessHalfLifeDays:0.###}) ") +
        Format($"+ {options.RatingWeight:0.###} × R; D = Σ weight(kind) × 2^(−days since use/{options.UsageHalfLifeDays:0.###}) ") +
        Format($"with retrieved {options.RetrievedWeight:0.###}, shown {options.ShownWeight:0.###}, cited {options.CitedWeight:0.###}; ") +
        Format($"R = ({options.RatingPriorCount:0.###} × 0.5 + Σ (rating − 1)/4) / ({options.RatingPriorCount:0.###} + ratings)");

    public LivenessScore Score(double decayedUses, double ageDays, IReadOnlyCollection<int> ratings)
    {
        var usageValue = decayedUses / (decayedUses + options.UsageSaturation);
        var usage = Term(
            "usage",
            options.UsageWeight,
            usageValue,
            Format($"D = {decayedUses:0.####} decayed uses (half-life {options.UsageHalfLifeDays:0.###} days); ") +
                Format($"D/(D + {options.UsageSaturation:0.###}) = {usageValue:0.####}"));

        var freshnessValue = Math.Pow(2, -Math.Max(0, ageDays) / options.FreshnessHalfLifeDays);
        var freshness = Term(
            "freshness",
            options.FreshnessWeight,
            freshnessValue,
            Format($"content unchanged for {ageDays:0.#} days; ") +
                Format($"2^(−{ageDays:0.#}/{options.FreshnessHalfLifeDays:0.###}) = {freshnessValue:0.####}"));

        var ratingSum = ratings.Sum(r => (r - 1) / 4.0);
        var ratingValue = options.RatingPriorCount + ratings.Count > 0
            ? (options.RatingPriorCount * 0.5 + ratingSum) / (options.RatingPriorCount + ratings.Count)
            : 0.5;
        var rating = Term(
            "rating",
            options.RatingWeight,
            ratingValue,
            ratings.Count == 0
                ? Format($"no ratings: neutral {ratingValue:0.####}")
                : Format($"{ratings.Count} ratings averaging {ratings.Average():0.##}/5, with {options.RatingPriorCount:0.###} ") +
                    Format($"neutral pseudo-ratings: R = {ratingValue:0.####}"));

        return new LivenessScore(
            usage.Contribution + freshness.Contribution + rating.Contribution,
            usage,
            freshness,
            rating,
            Formula);
    }

    private static ScoreTerm Term(string name, double weight, double value, string explanation) =>
        new(name, weight, value, weight * value, explanation);

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
