// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage.Internal;
using SalesCognition.Graph.Storage.Neo4j.Internal;

namespace SalesCognition.Graph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const string EntryColumns =
        "RETURN properties(e) AS entry, [(e)-[m:SC_MENTIONS]->(n:ScNode) | [m.ordinal, n.id, m.surface]] AS mentions " +
        "ORDER BY e.sourceId, e.ordinal";

    private const string RelationColumns =
        "RETURN r.type AS type, startNode(r).id AS fromId, endNode(r).id AS toId, properties(r) AS relation " +
        "ORDER BY type, fromId, toId, relation.sourceId";

    /// <inheritdoc />
    public async Task<SourceRecord?> GetSourceAsync(
        string tenant,
        string sourceId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);

        var sources = await QuerySourcesAsync(tenant, sourceId, cancellationToken).ConfigureAwait(false);
        return sources.Count == 0 ? null : sources[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SourceRecord>> ListSourcesAsync(
        string tenant,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);

        return QuerySourcesAsync(tenant, null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<KnowledgeEntry>> GetEntriesAsync(
        string tenant,
        IReadOnlyCollection<string> entryIds,
        bool includeArchived = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentNullException.ThrowIfNull(entryIds);

        if (entryIds.Count == 0)
        {
            return [];
        }

        var filter = includeArchived ? "" : " AND NOT e.archived";
        return await QueryEntriesAsync(
            "read entries",
            $"MATCH (e:ScEntry {{tenant: $tenant}}) WHERE e.id IN $ids{filter} {EntryColumns}",
            new JsonObject { ["tenant"] = StoredTenant(tenant), ["ids"] = Strings(entryIds) },
            tenant,
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<KnowledgeEntry>> GetSourceEntriesAsync(
        string tenant,
        string sourceId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);

        return QueryEntriesAsync(
            "read source entries",
            $"MATCH (e:ScEntry {{tenant: $tenant, sourceId: $sourceId}}) {EntryColumns}",
            new JsonObject { ["tenant"] = StoredTenant(tenant), ["sourceId"] = sourceId },
            tenant,
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<KnowledgeEntry>> GetEntriesMentioningAsync(
        string tenant,
        IReadOnlyCollection<string> nodeIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentNullException.ThrowIfNull(nodeIds);

        if (nodeIds.Count == 0)
        {
            return [];
        }

        return await QueryEntriesAsync(
            "read entries mentioning nodes",
            "MATCH (mentioned:ScNode {tenant: $tenant}) WHERE mentioned.id IN $ids " +
                $"MATCH (e:ScEntry)-[:SC_MENTIONS]->(mentioned) WHERE NOT e.archived WITH DISTINCT e {EntryColumns}",
            new JsonObject { ["tenant"] = StoredTenant(tenant), ["ids"] = Strings(nodeIds) },
            tenant,
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(
        string tenant,
        IReadOnlyCollection<string> nodeIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentNullException.ThrowIfNull(nodeIds);

        if (nodeIds.Count == 0)
        {
            return [];
        }

        var result = await _http.RunAsync(
            "read nodes",
            new CypherStatement(
                "MATCH (n:ScNode {tenant: $tenant}) WHERE n.id IN $ids RETURN properties(n) AS node",
                new JsonObject { ["tenant"] = StoredTenant(tenant), ["ids"] = Strings(nodeIds) }),
            cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(row => ReadNode(row[result.Column("node")], tenant))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<NodeWithAliases>> ListNodesAsync(
        string tenant,
        string type,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);

        var result = await _http.RunAsync(
            "list nodes",
            new CypherStatement(
                "MATCH (n:ScNode {tenant: $tenant, type: $type}) " +
                    "RETURN properties(n) AS node, [(n)-[a:SC_ALIAS]->() | a.alias] AS aliases ORDER BY n.id",
                new JsonObject { ["tenant"] = StoredTenant(tenant), ["type"] = type }),
            cancellationToken).ConfigureAwait(false);
        return
        [
            .. result.Rows.Select(row => new NodeWithAliases(
                ReadNode(row[result.Column("node")], tenant),
                [.. row[result.Column("aliases")].EnumerateArray().Select(a => a.GetString()!).Distinct(StringComparer.Ordinal)])),
        ];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphRelation>> GetRelationsAsync(
        string tenant,
        string nodeId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(nodeId);

        // DISTINCT: an undirected pattern may meet a relation from a node to itself from both of its ends.
        var result = await _http.RunAsync(
            "read relations",
            new CypherStatement(
                $"MATCH (:ScNode {{tenant: $tenant, id: $id}})-[r:SC_RELATION]-() WITH DISTINCT r {RelationColumns}",
                new JsonObject { ["tenant"] = StoredTenant(tenant), ["id"] = nodeId }),
            cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(row => ReadRelation(result, row))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<GraphRelation>>> GetRelationsAsync(
        string tenant,
        IReadOnlyCollection<string> nodeIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentNullException.ThrowIfNull(nodeIds);

        var wanted = nodeIds.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return RelationsByNode.Group(wanted, []);
        }

        var result = await _http.RunAsync(
            "read relations of nodes",
            new CypherStatement(
                "MATCH (n:ScNode {tenant: $tenant}) WHERE n.id IN $ids " +
                    $"MATCH (n)-[r:SC_RELATION]-() WITH DISTINCT r {RelationColumns}",
                new JsonObject { ["tenant"] = StoredTenant(tenant), ["ids"] = Strings(wanted) }),
            cancellationToken).ConfigureAwait(false);
        return RelationsByNode.Group(wanted, result.Rows.Select(row => ReadRelation(result, row)));
    }

    /// <inheritdoc />
    public async Task<GraphCounts> CountAsync(string tenant, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);

        var result = await _http.RunAsync(
            "count graph",
            new CypherStatement(
                "RETURN COUNT { MATCH (x:ScSource {tenant: $tenant}) } AS sources, " +
                    "COUNT { MATCH (x:ScNode {tenant: $tenant}) } AS nodes, " +
                    "COUNT { MATCH ()-[r:SC_RELATION {tenant: $tenant}]->() } AS relations, " +
                    "COUNT { MATCH (x:ScEntry {tenant: $tenant}) } AS entries",
                new JsonObject { ["tenant"] = StoredTenant(tenant) }),
            cancellationToken).ConfigureAwait(false);
        var row = result.Rows.Count == 0 ? throw new InvalidDataException("The Neo4j count answered no row.") : result.Rows[0];
        return new GraphCounts(
            row[result.Column("sources")].GetInt64(),
            row[result.Column("nodes")].GetInt64(),
            row[result.Column("relations")].GetInt64(),
            row[result.Column("entries")].GetInt64());
    }

    private async Task<IReadOnlyList<SourceRecord>> QuerySourcesAsync(
        string tenant,
        string? sourceId,
        CancellationToken cancellationToken)
    {
        var parameters = new JsonObject { ["tenant"] = StoredTenant(tenant) };
        var filter = "";
        if (sourceId is not null)
        {
            parameters["sourceId"] = sourceId;
            filter = ", sourceId: $sourceId";
        }

        var result = await _http.RunAsync(
            sourceId is null ? "list sources" : "read source",
            new CypherStatement(
                $"MATCH (x:ScSource {{tenant: $tenant{filter}}}) RETURN properties(x) AS source ORDER BY x.sourceId",
                parameters),
            cancellationToken).ConfigureAwait(false);
        var sources = new List<SourceRecord>();
        foreach (var row in result.Rows)
        {
            var source = row[result.Column("source")];
            sources.Add(new SourceRecord(
                Text(source, "sourceId"),
                Text(source, "uri"),
                Text(source, "kind"),
                Text(source, "contentHash"),
                Enum.Parse<SourceState>(Text(source, "state")),
                DateTimeOffset.Parse(Text(source, "ingestedAt"), CultureInfo.InvariantCulture))
            {
                Tenant = tenant,
                Title = Text(source, "title"),
            });
        }

        return sources;
    }

    private async Task<IReadOnlyList<KnowledgeEntry>> QueryEntriesAsync(
        string operation,
        string statement,
        JsonObject parameters,
        string tenant,
        CancellationToken cancellationToken)
    {
        var result = await _http.RunAsync(operation, new CypherStatement(statement, parameters), cancellationToken)
            .ConfigureAwait(false);
        var entries = new List<KnowledgeEntry>(result.Rows.Count);
        foreach (var row in result.Rows)
        {
            var entry = row[result.Column("entry")];
            var mentions = row[result.Column("mentions")].EnumerateArray()
                .Select(m => (Ordinal: m[0].GetInt32(), Mention: new EntityMention(m[1].GetString()!, m[2].GetString()!)))
                .OrderBy(m => m.Ordinal)
                .Select(m => m.Mention)
                .ToList();
            entries.Add(new KnowledgeEntry
            {
                Id = Text(entry, "id"),
                Tenant = tenant,
                SourceId = Text(entry, "sourceId"),
                Kind = Text(entry, "kind"),
                Title = Text(entry, "title"),
                HeadingPath = entry.TryGetProperty("headingPath", out var path) && path.ValueKind == JsonValueKind.Array
                    ? [.. path.EnumerateArray().Select(p => p.GetString() ?? "")]
                    : [],
                Text = Text(entry, "text"),
                Ordinal = entry.GetProperty("ordinal").GetInt32(),
                Locator = new SourceLocator(
                    entry.GetProperty("locStart").GetInt32(),
                    entry.GetProperty("locEnd").GetInt32(),
                    Text(entry, "locPath")),
                ContentHash = Text(entry, "contentHash"),
                Ownership = Enum.Parse<DataOwnership>(Text(entry, "ownership")),
                Archived = entry.TryGetProperty("archived", out var archived) && archived.ValueKind == JsonValueKind.True,
                Mentions = mentions,
            });
        }

        return entries;
    }

    private static GraphNode ReadNode(JsonElement node, string tenant) =>
        new(Text(node, "id"), Text(node, "type"), Text(node, "key"), Text(node, "name"), FreeProperties(node))
        {
            Tenant = tenant,
            Archived = node.TryGetProperty("archived", out var archived) && archived.ValueKind == JsonValueKind.True,
        };

    private static GraphRelation ReadRelation(CypherResult result, JsonElement[] row)
    {
        var properties = row[result.Column("relation")];
        return new GraphRelation(
            row[result.Column("type")].GetString()!,
            row[result.Column("fromId")].GetString()!,
            row[result.Column("toId")].GetString()!,
            FreeProperties(properties))
        {
            SourceId = Text(properties, "sourceId"),
        };
    }

    /// <summary>The <c>prop_</c>-prefixed properties of a stored node or relation, without the prefix.</summary>
    private static Dictionary<string, string> FreeProperties(JsonElement stored)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in stored.EnumerateObject())
        {
            if (property.Name.StartsWith(Neo4jSchema.PropertyPrefix, StringComparison.Ordinal))
            {
                properties[property.Name[Neo4jSchema.PropertyPrefix.Length..]] = property.Value.ToString();
            }
        }

        return properties;
    }

    private static string Text(JsonElement map, string name) =>
        map.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
