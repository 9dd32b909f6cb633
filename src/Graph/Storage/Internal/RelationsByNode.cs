// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Graph.Storage.Internal;

/// <summary>Files relations under the wanted nodes they start or end at, as the many-node relation read returns them.</summary>
internal static class RelationsByNode
{
    /// <summary>
    /// Every id of <paramref name="wanted"/> with the relations at either of its ends (a loop once), in the order
    /// <paramref name="relations"/> gives them.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<GraphRelation>> Group(
        IEnumerable<string> wanted,
        IEnumerable<GraphRelation> relations)
    {
        var byNode = wanted.Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, _ => new List<GraphRelation>(), StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            if (byNode.TryGetValue(relation.FromId, out var outgoing))
            {
                outgoing.Add(relation);
            }

            if (relation.ToId != relation.FromId && byNode.TryGetValue(relation.ToId, out var incoming))
            {
                incoming.Add(relation);
            }
        }

        return byNode.ToDictionary(p => p.Key, p => (IReadOnlyList<GraphRelation>)p.Value, StringComparer.Ordinal);
    }
}
