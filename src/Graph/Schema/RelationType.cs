// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Schema;

/// <summary>A relation type of the ontology, with the node types it may connect.</summary>
/// <param name="Name">Relation name, snake_case (<c>requires</c>).</param>
/// <param name="From">Node types allowed at the start.</param>
/// <param name="To">Node types allowed at the end.</param>
/// <param name="Labels">Display labels by language.</param>
public sealed record RelationType(
    string Name,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    IReadOnlyDictionary<string, string> Labels)
{
    /// <summary>
    /// Whether the relation may go from a node of <paramref name="fromType"/> to one of <paramref name="toType"/>.
    /// </summary>
    public bool Allows(string fromType, string toType) =>
        From.Contains(fromType, StringComparer.Ordinal) && To.Contains(toType, StringComparer.Ordinal);
}
