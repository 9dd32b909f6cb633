// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;

namespace SalesCognition.Retrieval.Liveness;

/// <summary>
/// Parses ages such as <c>180d</c>, <c>26w</c>, <c>6m</c> (30-day months), <c>1y</c> (365 days) or <c>12h</c>.
/// </summary>
public static class AgeFilter
{
    /// <summary>The age <paramref name="text"/> stands for.</summary>
    /// <exception cref="LivenessRequestException">The text is not a number followed by h, d, w, m or y.</exception>
    public static TimeSpan Parse(string text, string field = "older_than")
    {
        ArgumentNullException.ThrowIfNull(text);

        var trimmed = text.Trim().ToLowerInvariant();
        if (trimmed.Length >= 2
            && int.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            TimeSpan? age = trimmed[^1] switch
            {
                'h' => TimeSpan.FromHours(count),
                'd' => TimeSpan.FromDays(count),
                'w' => TimeSpan.FromDays(7 * count),
                'm' => TimeSpan.FromDays(30 * count),
                'y' => TimeSpan.FromDays(365 * count),
                _ => null,
            };
            if (age is { } value)
            {
                return value;
            }
        }

        throw new LivenessRequestException(field, $"'{text}' is not an age such as 180d, 26w, 6m or 1y.");
    }
}
