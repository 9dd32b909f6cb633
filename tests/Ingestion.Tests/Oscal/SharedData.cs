// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Tests.Oscal;

/// <summary>Finds the real data: <c>../shared/data</c> relative to the folder holding SalesCognition.sln.</summary>
internal static class SharedData
{
    public static bool InCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Root { get; } = FindRoot();

    public static string PathOf(string relative)
    {
        var root = Root ?? throw new InvalidOperationException(
            "Real data folder ../shared/data next to the repository root is missing.");
        var path = Path.Combine(root, relative);
        return File.Exists(path) ? path : throw new FileNotFoundException("Real data file is missing.", path);
    }

    public static SourceInput Input(string relative)
    {
        var path = PathOf(relative);
        return new SourceInput(relative, path, File.ReadAllText(path), SourceKinds.Auto);
    }

    private static string? FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SalesCognition.sln")))
            {
                var data = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data"));
                return Directory.Exists(data) ? data : null;
            }
        }

        return null;
    }
}
