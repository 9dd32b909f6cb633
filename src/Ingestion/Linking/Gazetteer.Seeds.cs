// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;

namespace SalesCognition.Ingestion.Linking;

internal sealed partial class Gazetteer
{
    /// <summary>
    /// A gazetteer of the ontology's seed entities alone, for a reader that must name canonical entities before the
    /// pipeline reads the graph (the adopters reader finds each adopter's industry this way).
    /// </summary>
    public static Gazetteer FromSeeds(Ontology ontology)
    {
        ArgumentNullException.ThrowIfNull(ontology);

        var names = new List<(string, GraphNode)>();
        var empty = new Dictionary<string, string>();
        foreach (var seed in ontology.Entities.Where(e => LinkedTypes.Contains(e.Type)))
        {
            var node = new GraphNode(
                NodeId.For(seed.Type, seed.Key),
                seed.Type,
                NodeId.NormalizeKey(seed.Key),
                seed.Name,
                empty);
            foreach (var name in seed.Aliases.Append(seed.Name).Select(Fold).Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal))
            {
                names.Add((name, node));
            }
        }

        names.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return new Gazetteer(names, new Dictionary<string, GraphNode>(StringComparer.Ordinal));
    }
}
