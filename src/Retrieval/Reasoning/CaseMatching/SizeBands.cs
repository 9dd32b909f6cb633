// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

/// <summary>
/// Classifies company sizes into <see cref="SizeBand"/>s (the bounds follow the quartiles of the CRM accounts:
/// 1,165 / 2,641 / 5,374 employees) and measures how close two sizes are.
/// </summary>
public static class SizeBands
{
    /// <summary>
    /// The band of a company with <paramref name="employees"/> and <paramref name="revenueMillions"/> (either may be
    /// unknown).
    /// </summary>
    public static SizeBand Of(int? employees, double? revenueMillions) => employees switch
    {
        > 0 and < 1_000 => SizeBand.Small,
        >= 1_000 and < 5_000 => SizeBand.Medium,
        >= 5_000 and < 20_000 => SizeBand.Large,
        >= 20_000 => SizeBand.Enterprise,
        _ => revenueMillions switch
        {
            > 0 and < 250 => SizeBand.Small,
            >= 250 and < 2_000 => SizeBand.Medium,
            >= 2_000 and < 10_000 => SizeBand.Large,
            >= 10_000 => SizeBand.Enterprise,
            _ => SizeBand.Unknown,
        },
    };

    /// <summary>The lower-case name of a band (<c>small</c> ... <c>enterprise</c>), empty when unknown.</summary>
    public static string Name(SizeBand band) => band == SizeBand.Unknown ? "" : band.ToString().ToLowerInvariant();

    /// <summary>
    /// How alike two sizes are, 0 to 1: one minus the distance of their logarithms in decades when both state the same
    /// measure (employees, else revenue); otherwise 1 for the same band, 0.5 for neighbouring bands, 0 beyond.
    /// </summary>
    public static double Similarity(
        int? employeesA,
        double? revenueA,
        int? employeesB,
        double? revenueB)
    {
        if (employeesA > 0 && employeesB > 0)
        {
            return Closeness(employeesA.Value, employeesB.Value);
        }

        if (revenueA > 0 && revenueB > 0)
        {
            return Closeness(revenueA.Value, revenueB.Value);
        }

        var a = Of(employeesA, revenueA);
        var b = Of(employeesB, revenueB);
        if (a == SizeBand.Unknown || b == SizeBand.Unknown)
        {
            return 0;
        }

        return Math.Max(0, 1 - (0.5 * Math.Abs((int)a - (int)b)));
    }

    private static double Closeness(double a, double b) => Math.Max(0, 1 - Math.Abs(Math.Log10(a) - Math.Log10(b)));
}
