// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Options;

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

/// <summary>
/// Validates <see cref="CaseMatchOptions"/> at start-up: ranges, and weights that are finite, not negative and not all
/// zero.
/// </summary>
public sealed class CaseMatchOptionsValidator : IValidateOptions<CaseMatchOptions>
{
    private readonly CaseMatchOptionsRangeValidator _ranges = new();

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CaseMatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();
        var ranges = _ranges.Validate(name, options);
        if (ranges.Failed)
        {
            failures.AddRange(ranges.Failures);
        }

        var weights = options.Weights?.ToList() ?? [];
        if (options.Weights is null)
        {
            failures.Add("CaseMatching:Weights is missing.");
        }

        failures.AddRange(weights
            .Where(w => !double.IsFinite(w.Weight) || w.Weight < 0 || w.Weight > 100)
            .Select(w => $"CaseMatching:Weights:{w.Facet} must be between 0 and 100 (got {w.Weight})."));
        if (weights.Count > 0 && weights.All(w => w.Weight == 0))
        {
            failures.Add("CaseMatching:Weights are all zero; at least one facet needs weight.");
        }

        if (options.DefaultTop > options.MaxTop)
        {
            failures.Add($"CaseMatching:DefaultTop ({options.DefaultTop}) exceeds CaseMatching:MaxTop ({options.MaxTop}).");
        }

        if (options.RefreshInterval < TimeSpan.Zero || options.RefreshInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"CaseMatching:RefreshInterval must be between 0 and 1 hour (got {options.RefreshInterval}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
