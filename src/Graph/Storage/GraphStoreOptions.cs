// Copyright (c) SalesCognition. All rights reserved.

using System.ComponentModel.DataAnnotations;
using SalesCognition.Graph.Storage.Neo4j;

namespace SalesCognition.Graph.Storage;

/// <summary>
/// Which graph store serves the graph (configuration section <c>Graph</c>), where the embedded one keeps its file,
/// and where the ontology is read from.
/// </summary>
public sealed class GraphStoreOptions
{
    /// <summary>The SQLite file <c>graph.db</c> in the data folder (the default).</summary>
    public const string EmbeddedProvider = "embedded";

    /// <summary>A Neo4j server, configured in <see cref="Neo4j"/>.</summary>
    public const string Neo4jProvider = "neo4j";

    /// <summary><c>embedded</c> or <c>neo4j</c>.</summary>
    public string Provider { get; set; } = EmbeddedProvider;

    /// <summary>The Neo4j server and database (section <c>Graph:Neo4j</c>; neo4j only).</summary>
    public Neo4jOptions Neo4j { get; set; } = new();

    /// <summary>Whether <see cref="Provider"/> names Neo4j (case-insensitive).</summary>
    public bool UsesNeo4j => string.Equals(Provider, Neo4jProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>The data folder; the embedded graph is <c>graph.db</c> inside it (review flags too, for both providers).</summary>
    [Required]
    public string DataDirectory { get; set; } = ".salescog";

    /// <summary>The ontology folder (or file).</summary>
    [Required]
    public string OntologyPath { get; set; } = "ontologies";

    /// <summary>The SQLite file of the graph.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "graph.db");
}
