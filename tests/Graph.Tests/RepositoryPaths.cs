// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Tests;

/// <summary>Finds folders of the repository from the test output folder.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFile = "SalesCognition.sln";

    /// <summary>The folder holding <c>SalesCognition.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The repository's <c>ontologies/</c> folder.</summary>
    public static string Ontologies => Path.Combine(Root, "ontologies");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above '{AppContext.BaseDirectory}' holds {SolutionFile}; run the tests from the repository.");
    }
}
