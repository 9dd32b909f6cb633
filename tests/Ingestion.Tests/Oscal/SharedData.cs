// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Sources;
using SalesCognition.Testing;

namespace SalesCognition.Ingestion.Tests.Oscal;

/// <summary>Reads files of the real data (<c>../shared/data</c>) as reader inputs.</summary>
internal static class SharedData
{
    public static string PathOf(string relative)
    {
        var path = Path.Combine(RepositoryPaths.SharedData, relative);
        return File.Exists(path) ? path : throw new FileNotFoundException("Real data file is missing.", path);
    }

    public static SourceInput Input(string relative)
    {
        var path = PathOf(relative);
        return new SourceInput(relative, path, File.ReadAllText(path), SourceKinds.Auto);
    }
}
