// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Testing;

/// <summary>
/// A fact that needs an environment variable (a live server's address, for example); without it the test is
/// skipped with a message naming the variable, and nothing is contacted.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RequiresEnvironmentFactAttribute : FactAttribute
{
    public RequiresEnvironmentFactAttribute(string variable, string what) =>
        Skip = EnvironmentRequirement.SkipReason(variable, what);
}

/// <summary>The theory form of <see cref="RequiresEnvironmentFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RequiresEnvironmentTheoryAttribute : TheoryAttribute
{
    public RequiresEnvironmentTheoryAttribute(string variable, string what) =>
        Skip = EnvironmentRequirement.SkipReason(variable, what);
}

internal static class EnvironmentRequirement
{
    /// <summary>Why a test needing <paramref name="variable"/> is skipped, or null when the variable is set.</summary>
    public static string? SkipReason(string variable, string what) =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable))
            ? $"{variable} is not set: {what} are skipped"
            : null;
}
