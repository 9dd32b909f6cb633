// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Ingestion.Linking;
using SalesCognition.Ingestion.News.Internal;

namespace SalesCognition.Ingestion.News;

/// <summary>
/// Answers "what did they support then" and "what do they support now" from the releases the news recorded.
/// Validity is derived when asked, from the stored release dates: a release supersedes the highest lower version
/// released before it (so 8.11.4 follows 8.11.3, not 9.7.0), and a fact holds until a later release of its line
/// states the same attribute. Superseded facts stay, marked not current.
/// </summary>
public sealed class ProductFactsService
{
    private const string ReleaseAttribute = "release";

    private readonly IGraphStore _graph;

    /// <summary>Creates the service.</summary>
    public ProductFactsService(IGraphStore graph)
    {
        ArgumentNullException.ThrowIfNull(graph);

        _graph = graph;
    }

    /// <summary>
    /// The versions and version facts of <paramref name="product"/> (a name, alias or node id); with
    /// <paramref name="at"/>, only the facts valid on that date. Null when no product has that name.
    /// </summary>
    public async Task<ProductFacts?> GetFactsAsync(
        string product,
        DateOnly? at = null,
        string tenant = TenantIds.Default,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(product);

        var node = await FindProductAsync(tenant, product, cancellationToken).ConfigureAwait(false);
        if (node is null)
        {
            return null;
        }

        var relations = await _graph.GetRelationsAsync(tenant, node.Id, cancellationToken).ConfigureAwait(false);
        var versionIds = relations
            .Where(r => r.Type == "version_of" && r.ToId == node.Id)
            .Select(r => r.FromId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var nodes = await _graph.GetNodesAsync(tenant, versionIds, cancellationToken).ConfigureAwait(false);
        var versions = Versions(nodes);
        var facts = Facts(versions, nodes);
        var atText = at?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (atText is not null)
        {
            facts = [.. facts.Where(f => f.ValidFrom is not null && string.CompareOrdinal(f.ValidFrom, atText) <= 0
                && (f.ValidTo is null ? f.Current : string.CompareOrdinal(f.ValidTo, atText) > 0))];
        }

        return new ProductFacts(node.Id, node.Name, atText, [.. versions.Values], facts);
    }

    private async Task<GraphNode?> FindProductAsync(string tenant, string product, CancellationToken cancellationToken)
    {
        var folded = Gazetteer.Fold(product);
        foreach (var type in (string[])["CompetitorProduct", "Product"])
        {
            var candidates = await _graph.ListNodesAsync(tenant, type, cancellationToken).ConfigureAwait(false);
            var match = candidates.FirstOrDefault(c => c.Node.Id == product || Gazetteer.Fold(c.Node.Name) == folded
                || c.Aliases.Any(a => Gazetteer.Fold(a) == folded));
            if (match is not null)
            {
                return match.Node;
            }
        }

        return null;
    }

    private static SortedDictionary<string, ProductVersionInfo> Versions(IReadOnlyList<GraphNode> nodes)
    {
        var byVersion = nodes.Where(n => n.Properties.ContainsKey("version"))
            .GroupBy(n => n.Properties["version"], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (
                    Released: g
                        .Select(n => n.Properties.GetValueOrDefault("released"))
                        .FirstOrDefault(d => d is not null),
                    Ids: g.Select(n => n.Id).ToList()),
                StringComparer.Ordinal);
        var versions = new SortedDictionary<string, ProductVersionInfo>(VersionOrder.Instance);
        foreach (var (version, (released, ids)) in byVersion)
        {
            var predecessor = byVersion
                .Where(o => VersionOrder.Instance.Compare(o.Key, version) < 0
                    && (released is null || o.Value.Released is null || string.CompareOrdinal(o.Value.Released, released) <= 0))
                .Select(o => o.Key)
                .Max(VersionOrder.Instance);
            versions[version] = new ProductVersionInfo(version, released, predecessor, ids);
        }

        return versions;
    }

    private static List<VersionFact> Facts(SortedDictionary<string, ProductVersionInfo> versions, IReadOnlyList<GraphNode> nodes)
    {
        var stated = versions.Keys.ToDictionary(
            v => v,
            v => Stated(v, nodes.Where(n => n.Properties.GetValueOrDefault("version") == v)),
            StringComparer.Ordinal);
        var successors = versions.Values.Where(v => v.Supersedes is not null).ToLookup(
            v => v.Supersedes!,
            StringComparer.Ordinal);
        var facts = new List<VersionFact>();
        foreach (var version in versions.Values)
        {
            foreach (var (attribute, value) in stated[version.Version])
            {
                var by = FirstRestating(version.Version, attribute, successors, stated);
                facts.Add(new VersionFact(
                    version.Version,
                    attribute,
                    value,
                    version.Released,
                    by is null ? null : versions[by].Released,
                    by));
            }
        }

        return facts;
    }

    private static SortedDictionary<string, string> Stated(string version, IEnumerable<GraphNode> nodes)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal) { [ReleaseAttribute] = version };
        foreach (var (key, value) in nodes
            .SelectMany(n => n.Properties)
            .Where(p => p.Key.StartsWith(ReleaseFacts.FactPrefix, StringComparison.Ordinal)))
        {
            facts[key[ReleaseFacts.FactPrefix.Length..]] = value;
        }

        return facts;
    }

    /// <summary>
    /// The earliest later release in the line of <paramref name="version"/> that states <paramref name="attribute"/>.
    /// </summary>
    private static string? FirstRestating(
        string version,
        string attribute,
        ILookup<string, ProductVersionInfo> successors,
        Dictionary<string, SortedDictionary<string, string>> stated)
    {
        var queue = new Queue<string>(successors[version].Select(s => s.Version));
        var found = new List<string>();
        while (queue.Count > 0)
        {
            var next = queue.Dequeue();
            if (stated[next].ContainsKey(attribute))
            {
                found.Add(next);
                continue;
            }

            foreach (var successor in successors[next])
            {
                queue.Enqueue(successor.Version);
            }
        }

        return found.Count == 0 ? null : found.Min(VersionOrder.Instance);
    }
}
