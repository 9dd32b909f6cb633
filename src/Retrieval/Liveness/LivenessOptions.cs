// Copyright (c) SalesCognition. All rights reserved.

using System.ComponentModel.DataAnnotations;

namespace SalesCognition.Retrieval.Liveness;

/// <summary>
/// The liveness score and the usage ledger (configuration section <c>Liveness</c>). The score of an entry is
/// <c>UsageWeight × D / (D + UsageSaturation) + FreshnessWeight × 2^(−age / FreshnessHalfLifeDays) + RatingWeight × R</c>,
/// where <c>D = Σ kind weight × 2^(−days since the use / UsageHalfLifeDays)</c> over the entry's uses, <c>age</c> is
/// the days since the entry's content last changed and
/// <c>R = (RatingPriorCount × 0.5 + Σ (rating − 1) / 4) / (RatingPriorCount + rating count)</c>.
/// The three weights add up to 1, so a score lies between 0 and 1.
/// </summary>
public sealed class LivenessOptions
{
    /// <summary>Days after which a use counts half as much.</summary>
    [Range(0.1, 3650.0)]
    public double UsageHalfLifeDays { get; set; } = 30;

    /// <summary>Days after which unchanged content counts half as fresh.</summary>
    [Range(0.1, 36500.0)]
    public double FreshnessHalfLifeDays { get; set; } = 180;

    /// <summary>The decayed use count at which the usage term reaches half its weight.</summary>
    [Range(0.01, 1000.0)]
    public double UsageSaturation { get; set; } = 3;

    /// <summary>Weight of decayed usage in the score.</summary>
    [Range(0.0, 1.0)]
    public double UsageWeight { get; set; } = 0.6;

    /// <summary>Weight of freshness in the score.</summary>
    [Range(0.0, 1.0)]
    public double FreshnessWeight { get; set; } = 0.25;

    /// <summary>Weight of ratings in the score.</summary>
    [Range(0.0, 1.0)]
    public double RatingWeight { get; set; } = 0.15;

    /// <summary>How much one <c>retrieved</c> event counts.</summary>
    [Range(0.0, 100.0)]
    public double RetrievedWeight { get; set; } = 1;

    /// <summary>How much one <c>shown</c> event counts.</summary>
    [Range(0.0, 100.0)]
    public double ShownWeight { get; set; } = 2;

    /// <summary>How much one <c>cited</c> event counts.</summary>
    [Range(0.0, 100.0)]
    public double CitedWeight { get; set; } = 4;

    /// <summary>
    /// Neutral pseudo-ratings (of value 0.5) mixed into the rating term, so one vote cannot swing it fully.
    /// </summary>
    [Range(0.0, 100.0)]
    public double RatingPriorCount { get; set; } = 2;

    /// <summary>How many usage events may wait to be written; beyond it new events are dropped (and counted).</summary>
    [Range(100, 10_000_000)]
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>How many events the background writer puts in one transaction at most.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1_000;

    /// <summary>The weight of one event of <paramref name="kind"/>.</summary>
    public double WeightOf(UsageKind kind) => kind switch
    {
        UsageKind.Shown => ShownWeight,
        UsageKind.Cited => CitedWeight,
        _ => RetrievedWeight,
    };
}
