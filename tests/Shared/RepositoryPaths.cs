// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Testing;

/// <summary>Finds the repository (the folder holding SalesCognition.sln) and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Ontologies => Path.Combine(Root, "ontologies");

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The real public data, <c>../shared/data</c> beside the checkout.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    public static string Data(params string[] parts) => Path.Combine([SharedData, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SalesCognition.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No SalesCognition.sln above {AppContext.BaseDirectory}.");
    }
}
