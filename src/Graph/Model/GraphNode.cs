// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Model;

/// <summary>A node of the knowledge graph, typed by the ontology.</summary>
/// <param name="Id">Stable id, <c>type:key</c> (see <see cref="NodeId"/>).</param>
/// <param name="Type">Ontology node type, for example <c>Control</c>.</param>
/// <param name="Key">Normalised key, unique within the type.</param>
/// <param name="Name">Display name.</param>
/// <param name="Properties">Free properties, as strings.</param>
public sealed record GraphNode(
    string Id,
    string Type,
    string Key,
    string Name,
    IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>Tenant that owns the node.</summary>
    public string Tenant { get; init; } = TenantIds.Default;

    /// <summary>
    /// Whether the writer defines the node (its name wins) or only refers to it (an existing name is kept).
    /// The ontology's seed entities keep their own names whatever a source writes.
    /// </summary>
    public bool NameIsAuthoritative { get; init; } = true;

    /// <summary>Whether a knowledge manager archived the node.</summary>
    public bool Archived { get; init; }
}
