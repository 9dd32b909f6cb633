// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Storage;

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis.Internal;

/// <summary>
/// Resolves the free-text components of a profile through the graph: a term names a Product, Component, Feature or
/// Technology by its name, key or an alias; a Component or Product whose name is another name of that node
/// (OpenShift's alias <c>ocp4</c> is the OpenShift component's name) counts as the same thing.
/// </summary>
internal static class CustomerComponentResolver
{
    private static readonly string[] Types = ["Product", "Component", "Feature", "Technology"];

    public static async Task<IReadOnlyList<CustomerComponent>> ResolveAsync(
        GapGraph graph,
        IReadOnlyList<string> terms,
        CancellationToken cancellationToken)
    {
        var nodes = new List<NodeWithAliases>();
        foreach (var type in Types)
        {
            nodes.AddRange(await graph.NodesAsync(type, cancellationToken).ConfigureAwait(false));
        }

        var named = nodes.Select(n => (Node: n, Names: NamesOf(n))).ToList();
        var result = new List<CustomerComponent>();
        foreach (var term in terms.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal))
        {
            var folded = Fold.Text(term);
            var direct = named.Where(n => n.Names.Contains(folded)).ToList();
            var names = new HashSet<string>(StringComparer.Ordinal) { folded };
            foreach (var (_, nodeNames) in direct)
            {
                names.UnionWith(nodeNames);
            }

            var implementers = named
                .Where(n => n.Node.Node.Type is "Component" or "Product" && n.Names.Overlaps(names))
                .ToList();
            var ids = direct.Concat(implementers).Select(n => n.Node.Node.Id).ToHashSet(StringComparer.Ordinal);
            var resolved = string.Join(", ", direct.Select(n => $"{n.Node.Node.Type} '{n.Node.Node.Name}'"));
            result.Add(new CustomerComponent(term.Trim(), ids, [.. names.Where(n => n.Length >= 2)], resolved));
        }

        return result;
    }

    private static HashSet<string> NamesOf(NodeWithAliases node)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { Fold.Text(node.Node.Name), Fold.Text(node.Node.Key) };
        names.UnionWith(node.Aliases.Select(Fold.Text));
        names.Remove("");
        return names;
    }
}
