// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis.Internal;

/// <summary>
/// The graph reads of one analysis, through <see cref="IGraphStore"/> only, each node's relations and each node read
/// once.
/// </summary>
internal sealed class GapGraph(IGraphStore store, string tenant)
{
    private readonly Dictionary<string, IReadOnlyList<GraphRelation>> _relations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphNode?> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<NodeWithAliases>> _byType = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<GraphRelation>> RelationsAsync(string nodeId, CancellationToken cancellationToken)
    {
        if (!_relations.TryGetValue(nodeId, out var relations))
        {
            relations = await store.GetRelationsAsync(tenant, nodeId, cancellationToken).ConfigureAwait(false);
            _relations[nodeId] = relations;
        }

        return relations;
    }

    /// <summary>Reads the relations of the nodes not read yet, in one call.</summary>
    public async Task PrefetchRelationsAsync(IEnumerable<string> nodeIds, CancellationToken cancellationToken)
    {
        var missing = nodeIds.Where(id => !_relations.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var (id, relations) in await store.GetRelationsAsync(tenant, missing, cancellationToken).ConfigureAwait(false))
        {
            _relations[id] = relations;
        }
    }

    public async Task<IReadOnlyList<NodeWithAliases>> NodesAsync(string type, CancellationToken cancellationToken)
    {
        if (!_byType.TryGetValue(type, out var nodes))
        {
            nodes = await store.ListNodesAsync(tenant, type, cancellationToken).ConfigureAwait(false);
            _byType[type] = nodes;
        }

        return nodes;
    }

    /// <summary>Loads the nodes not read yet, in one call, and returns them by id (missing ids are left out).</summary>
    public async Task<IReadOnlyDictionary<string, GraphNode>> LoadAsync(
        IEnumerable<string> ids,
        CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var missing = wanted.Where(id => !_nodes.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var found = await store.GetNodesAsync(tenant, missing, cancellationToken).ConfigureAwait(false);
            foreach (var id in missing)
            {
                _nodes[id] = null;
            }

            foreach (var node in found)
            {
                _nodes[node.Id] = node;
            }
        }

        return wanted.Where(id => _nodes[id] is not null).ToDictionary(
            id => id,
            id => _nodes[id]!,
            StringComparer.Ordinal);
    }

    public async Task<GraphNode?> NodeAsync(string id, CancellationToken cancellationToken) =>
        (await LoadAsync([id], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(id);
}
