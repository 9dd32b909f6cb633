// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Options;

namespace SalesCognition.Retrieval.Liveness;

/// <summary>Validates <see cref="LivenessOptions"/> at start-up: the ranges, and weights that add up to 1.</summary>
public sealed class LivenessOptionsValidator : IValidateOptions<LivenessOptions>
{
    private readonly LivenessOptionsRangeValidator _ranges = new();

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, LivenessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var ranges = _ranges.Validate(name, options);
        if (ranges.Failed)
        {
            return ranges;
        }

        var sum = options.UsageWeight + options.FreshnessWeight + options.RatingWeight;
        return Math.Abs(sum - 1) > 1e-6
            ? ValidateOptionsResult.Fail(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Liveness:UsageWeight + FreshnessWeight + RatingWeight must add up to 1 (they add up to {sum:0.######})."))
            : ValidateOptionsResult.Success;
    }
}
