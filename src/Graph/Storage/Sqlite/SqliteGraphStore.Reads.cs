// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage.Internal;

namespace SalesCognition.Graph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public async Task<SourceRecord?> GetSourceAsync(
        string tenant,
        string sourceId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);

        var sources = await QuerySourcesAsync(
            "AND source_id = $s",
            tenant,
            sourceId,
            cancellationToken).ConfigureAwait(false);
        return sources.Count == 0 ? null : sources[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SourceRecord>> ListSourcesAsync(
        string tenant,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);

        return QuerySourcesAsync("", tenant, null, cancellationToken);
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

        var filter = "AND id IN (SELECT value FROM json_each($ids))" + (includeArchived ? "" : " AND archived = 0");
        return await QueryEntriesAsync(filter, tenant, ("$ids", JsonSerializer.Serialize(entryIds)), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<KnowledgeEntry>> GetSourceEntriesAsync(
        string tenant,
        string sourceId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);

        return QueryEntriesAsync("AND source_id = $s", tenant, ("$s", sourceId), cancellationToken);
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

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            null,
            "SELECT id, type, key, name, props, archived FROM nodes WHERE tenant = $t AND id IN (SELECT value FROM " +
                "json_each($ids))",
            ("$t", tenant),
            ("$ids", JsonSerializer.Serialize(nodeIds)));
        var nodes = new List<GraphNode>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            nodes.Add(ReadNode(reader, tenant));
        }

        return nodes;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<NodeWithAliases>> ListNodesAsync(
        string tenant,
        string type,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            null,
            """
            SELECT n.id, n.type, n.key, n.name, n.props, n.archived,
                   (SELECT json_group_array(DISTINCT a.alias) FROM node_aliases a WHERE a.tenant = n.tenant AND a.node_id = n.id)
            FROM nodes n WHERE n.tenant = $t AND n.type = $type ORDER BY n.id
            """,
            ("$t", tenant),
            ("$type", type));
        var nodes = new List<NodeWithAliases>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var aliases = JsonSerializer.Deserialize<List<string>>(reader.GetString(6)) ?? [];
            nodes.Add(new NodeWithAliases(ReadNode(reader, tenant), aliases));
        }

        return nodes;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphRelation>> GetRelationsAsync(
        string tenant,
        string nodeId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(nodeId);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            null,
            """
            SELECT type, from_id, to_id, source_id, props FROM relations WHERE tenant = $t AND from_id = $id
            UNION ALL
            SELECT type, from_id, to_id, source_id, props FROM relations WHERE tenant = $t AND to_id = $id AND from_id <> $id
            ORDER BY type, from_id, to_id, source_id
            """,
            ("$t", tenant),
            ("$id", nodeId));
        var relations = new List<GraphRelation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            relations.Add(new GraphRelation(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                ReadProperties(reader.GetString(4)))
            {
                SourceId = reader.GetString(3),
            });
        }

        return relations;
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

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            null,
            """
            WITH wanted(id) AS (SELECT value FROM json_each($ids))
            SELECT type, from_id, to_id, source_id, props FROM relations
            WHERE tenant = $t AND (from_id IN (SELECT id FROM wanted) OR to_id IN (SELECT id FROM wanted))
            ORDER BY type, from_id, to_id, source_id
            """,
            ("$t", tenant),
            ("$ids", JsonSerializer.Serialize(wanted)));
        var relations = new List<GraphRelation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            relations.Add(new GraphRelation(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                ReadProperties(reader.GetString(4)))
            {
                SourceId = reader.GetString(3),
            });
        }

        return RelationsByNode.Group(wanted, relations);
    }

    /// <inheritdoc />
    public async Task<GraphCounts> CountAsync(string tenant, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            null,
            """
            SELECT (SELECT count(*) FROM sources WHERE tenant = $t), (SELECT count(*) FROM nodes WHERE tenant = $t),
                   (SELECT count(*) FROM relations WHERE tenant = $t), (SELECT count(*) FROM entries WHERE tenant = $t)
            """,
            ("$t", tenant));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new GraphCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    private async Task<IReadOnlyList<SourceRecord>> QuerySourcesAsync(
        string filter,
        string tenant,
        string? sourceId,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            null,
            "SELECT source_id, uri, kind, content_hash, state, ingested_at, title FROM sources " +
            $"WHERE tenant = $t {filter} ORDER BY source_id",
            ("$t", tenant),
            ("$s", sourceId));
        var sources = new List<SourceRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(new SourceRecord(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                (SourceState)reader.GetInt32(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture))
            {
                Tenant = tenant,
                Title = reader.GetString(6),
            });
        }

        return sources;
    }

    private async Task<IReadOnlyList<KnowledgeEntry>> QueryEntriesAsync(
        string filter,
        string tenant,
        (string Name, object Value) parameter,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var mentions = await QueryMentionsAsync(
            connection,
            filter,
            tenant,
            parameter,
            cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            null,
            $"""
            SELECT id, source_id, kind, title, heading_path, text, ordinal, loc_start, loc_end, loc_path, content_hash,
                   ownership, archived
            FROM entries WHERE tenant = $t {filter} ORDER BY source_id, ordinal
            """,
            ("$t", tenant),
            parameter);
        var entries = new List<KnowledgeEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            entries.Add(new KnowledgeEntry
            {
                Id = id,
                Tenant = tenant,
                SourceId = reader.GetString(1),
                Kind = reader.GetString(2),
                Title = reader.GetString(3),
                HeadingPath = JsonSerializer.Deserialize<List<string>>(reader.GetString(4)) ?? [],
                Text = reader.GetString(5),
                Ordinal = reader.GetInt32(6),
                Locator = new SourceLocator(reader.GetInt32(7), reader.GetInt32(8), reader.GetString(9)),
                ContentHash = reader.GetString(10),
                Ownership = (DataOwnership)reader.GetInt32(11),
                Archived = reader.GetInt32(12) != 0,
                Mentions = mentions.TryGetValue(id, out var list) ? list : [],
            });
        }

        return entries;
    }

    private static async Task<Dictionary<string, List<EntityMention>>> QueryMentionsAsync(
        SqliteConnection connection,
        string filter,
        string tenant,
        (string Name, object Value) parameter,
        CancellationToken cancellationToken)
    {
        await using var command = Command(
            connection,
            null,
            $"""
            SELECT m.entry_id, m.node_id, m.surface FROM mentions m
            WHERE m.tenant = $t AND m.entry_id IN (SELECT id FROM entries WHERE tenant = $t {filter})
            ORDER BY m.entry_id, m.rowid
            """,
            ("$t", tenant),
            parameter);
        var mentions = new Dictionary<string, List<EntityMention>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var entryId = reader.GetString(0);
            if (!mentions.TryGetValue(entryId, out var list))
            {
                mentions[entryId] = list = [];
            }

            list.Add(new EntityMention(reader.GetString(1), reader.GetString(2)));
        }

        return mentions;
    }

    private static GraphNode ReadNode(SqliteDataReader reader, string tenant) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), ReadProperties(reader.GetString(4)))
        {
            Tenant = tenant,
            Archived = reader.GetInt32(5) != 0,
        };

    private static Dictionary<string, string> ReadProperties(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
