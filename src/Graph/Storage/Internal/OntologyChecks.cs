// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;

namespace SalesCognition.Graph.Storage.Internal;

/// <summary>The ontology checks every graph store makes before it writes a node or a relation.</summary>
internal static class OntologyChecks
{
    /// <summary>Throws when the node's type is unknown or its id does not follow from its type and key.</summary>
    /// <exception cref="GraphSchemaException">The node breaks the ontology.</exception>
    public static void CheckNode(Ontology ontology, GraphNode node)
    {
        if (ontology.FindNodeType(node.Type) is null)
        {
            throw new GraphSchemaException($"Node '{node.Id}' has type '{node.Type}', which the ontology does not define.");
        }

        if (node.Id != NodeId.For(node.Type, node.Key))
        {
            throw new GraphSchemaException(
                $"Node id '{node.Id}' does not match its type and key ('{NodeId.For(node.Type, node.Key)}').");
        }
    }

    /// <summary>The relation's type, when the ontology defines it.</summary>
    /// <exception cref="GraphSchemaException">The ontology does not define the type.</exception>
    public static RelationType RelationTypeOf(Ontology ontology, GraphRelation relation) =>
        ontology.FindRelationType(relation.Type)
            ?? throw new GraphSchemaException($"Relation type '{relation.Type}' is not defined by the ontology.");

    /// <summary>Throws when <paramref name="type"/> does not allow the relation between the given node types.</summary>
    /// <exception cref="GraphSchemaException">The relation's ends have types the ontology does not allow.</exception>
    public static void CheckEnds(RelationType type, GraphRelation relation, string fromType, string toType)
    {
        if (!type.Allows(fromType, toType))
        {
            throw new GraphSchemaException(
                $"Relation '{relation.Type}' may not go from {fromType} '{relation.FromId}' to {toType} " +
                $"'{relation.ToId}' (allowed: {string.Join('|', type.From)} -> {string.Join('|', type.To)}).");
        }
    }

    /// <summary>The exception for a relation end that is neither in the commit nor in the graph.</summary>
    public static GraphSchemaException MissingEnd(string nodeId) =>
        new($"Relation end '{nodeId}' is not a node of the graph or of this source.");
}
