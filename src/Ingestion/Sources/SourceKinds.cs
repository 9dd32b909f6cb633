// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Sources;

/// <summary>The ingestion kinds a user can force with <c>--kind</c>.</summary>
public static class SourceKinds
{
    /// <summary>Detect from file type and content.</summary>
    public const string Auto = "auto";

    /// <summary>Product documentation.</summary>
    public const string Docs = "docs";

    /// <summary>Customer cases.</summary>
    public const string Cases = "cases";

    /// <summary>Competitor news.</summary>
    public const string News = "news";

    /// <summary>Compliance catalogs, baselines and component definitions.</summary>
    public const string Standard = "standard";

    /// <summary>Every kind a user may name.</summary>
    public static IReadOnlyList<string> All { get; } = [Auto, Docs, Cases, News, Standard];
}
