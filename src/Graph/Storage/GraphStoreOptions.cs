// Copyright (c) SalesCognition. All rights reserved.

using System.ComponentModel.DataAnnotations;

namespace SalesCognition.Graph.Storage;

/// <summary>Where the embedded graph store keeps its file, and where the ontology is read from.</summary>
public sealed class GraphStoreOptions
{
    /// <summary>The data folder; the graph is <c>graph.db</c> inside it.</summary>
    [Required]
    public string DataDirectory { get; set; } = ".salescog";

    /// <summary>The ontology folder (or file).</summary>
    [Required]
    public string OntologyPath { get; set; } = "ontologies";

    /// <summary>The SQLite file of the graph.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "graph.db");
}
