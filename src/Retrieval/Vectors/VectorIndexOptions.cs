// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Vectors.Qdrant;

namespace SalesCognition.Retrieval.Vectors;

/// <summary>Which vector index serves the vector leg (configuration section <c>Vectors</c>).</summary>
public sealed class VectorIndexOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Vectors";

    /// <summary>The SQLite file <c>vectors.db</c> in the data folder (the default).</summary>
    public const string EmbeddedProvider = "embedded";

    /// <summary>A Qdrant server, configured in <see cref="Qdrant"/>.</summary>
    public const string QdrantProvider = "qdrant";

    /// <summary><c>embedded</c> or <c>qdrant</c>.</summary>
    public string Provider { get; set; } = EmbeddedProvider;

    /// <summary>The Qdrant server and collection (section <c>Vectors:Qdrant</c>; qdrant only).</summary>
    public QdrantOptions Qdrant { get; set; } = new();

    /// <summary>Whether <see cref="Provider"/> names Qdrant (case-insensitive).</summary>
    public bool UsesQdrant => string.Equals(Provider, QdrantProvider, StringComparison.OrdinalIgnoreCase);
}
