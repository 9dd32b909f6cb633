// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Testing;

/// <summary>
/// A fact that needs the real data in <c>../shared/data</c>. Without it the test is skipped with a message,
/// except under CI (<c>CI=true</c>), where it runs and fails, so missing data never passes silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RequiresDataFactAttribute : FactAttribute
{
    public RequiresDataFactAttribute(string relativePath)
    {
        if (!DataAvailability.IsAvailable(relativePath))
        {
            Skip = $"Real data '{relativePath}' is absent from {RepositoryPaths.SharedData}; " +
                "place ../shared/data beside the checkout to run this test.";
        }
    }
}

/// <summary>The theory form of <see cref="RequiresDataFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RequiresDataTheoryAttribute : TheoryAttribute
{
    public RequiresDataTheoryAttribute(string relativePath)
    {
        if (!DataAvailability.IsAvailable(relativePath))
        {
            Skip = $"Real data '{relativePath}' is absent from {RepositoryPaths.SharedData}; " +
                "place ../shared/data beside the checkout to run this test.";
        }
    }
}

internal static class DataAvailability
{
    public static bool UnderCi => string.Equals(
        Environment.GetEnvironmentVariable("CI"),
        "true",
        StringComparison.OrdinalIgnoreCase);

    public static bool IsAvailable(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.SharedData, relativePath);
        return UnderCi || File.Exists(path) || Directory.Exists(path);
    }
}
