// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Schema;

/// <summary>The graph schema: node types, relation types and seed entities, loaded from <c>ontologies/</c>.</summary>
public sealed class Ontology
{
    private readonly Dictionary<string, NodeType> _nodeTypes;
    private readonly Dictionary<string, RelationType> _relationTypes;

    /// <summary>Creates an ontology; use <see cref="OntologyLoader"/> to read one from files.</summary>
    public Ontology(
        IEnumerable<NodeType> nodeTypes,
        IEnumerable<RelationType> relationTypes,
        IEnumerable<SeedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(nodeTypes);
        ArgumentNullException.ThrowIfNull(relationTypes);
        ArgumentNullException.ThrowIfNull(entities);

        _nodeTypes = nodeTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _relationTypes = relationTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
        Entities = [.. entities];
    }

    /// <summary>Node types by name.</summary>
    public IReadOnlyDictionary<string, NodeType> NodeTypes => _nodeTypes;

    /// <summary>Relation types by name.</summary>
    public IReadOnlyDictionary<string, RelationType> RelationTypes => _relationTypes;

    /// <summary>Entities defined up front.</summary>
    public IReadOnlyList<SeedEntity> Entities { get; }

    /// <summary>The node type named <paramref name="name"/>, or null.</summary>
    public NodeType? FindNodeType(string name) => _nodeTypes.GetValueOrDefault(name);

    /// <summary>The relation type named <paramref name="name"/>, or null.</summary>
    public RelationType? FindRelationType(string name) => _relationTypes.GetValueOrDefault(name);
}
