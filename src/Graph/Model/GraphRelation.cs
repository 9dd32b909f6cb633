// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Model;

/// <summary>A typed, directed relation between two nodes, as one source states it.</summary>
/// <param name="Type">Ontology relation type, for example <c>requires</c>.</param>
/// <param name="FromId">Id of the source node.</param>
/// <param name="ToId">Id of the target node.</param>
/// <param name="Properties">Free properties, as strings.</param>
public sealed record GraphRelation(
    string Type,
    string FromId,
    string ToId,
    IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>The source document that states the relation (empty for ontology seeds).</summary>
    public string SourceId { get; init; } = "";
}
