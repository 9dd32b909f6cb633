// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SalesCognition.Graph.Internal;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage.Internal;

namespace SalesCognition.Graph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public async Task CommitSourceAsync(SourceCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);

        var source = commit.Source;
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = (SqliteTransaction)await connection
                .BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

            var archivedIds = await ArchivedEntryIdsAsync(
                connection,
                transaction,
                source.Tenant,
                source.SourceId,
                cancellationToken)
                .ConfigureAwait(false);
            await DeleteSourceRowsAsync(connection, transaction, source.Tenant, source.SourceId, cancellationToken)
                .ConfigureAwait(false);
            var types = commit.Nodes.DistinctBy(n => n.Id).ToDictionary(n => n.Id, n => n.Type, StringComparer.Ordinal);
            foreach (var node in commit.Nodes)
            {
                OntologyChecks.CheckNode(_ontology, node);
                await UpsertNodeAsync(connection, transaction, source.Tenant, node, source.SourceId, cancellationToken)
                    .ConfigureAwait(false);
            }

            foreach (var alias in commit.Aliases)
            {
                await InsertAliasAsync(
                    connection,
                    transaction,
                    source.Tenant,
                    alias.NodeId,
                    alias.Alias,
                    source.SourceId,
                    cancellationToken)
                    .ConfigureAwait(false);
            }

            foreach (var relation in commit.Relations)
            {
                await ValidateRelationAsync(connection, transaction, source.Tenant, relation, types, cancellationToken)
                    .ConfigureAwait(false);
                await ExecuteAsync(
                    connection,
                    transaction,
                    "INSERT OR REPLACE INTO relations (tenant, type, from_id, to_id, source_id, props) VALUES ($t, " +
                        "$type, $from, $to, $s, $props)",
                    cancellationToken,
                    ("$t", source.Tenant),
                    ("$type", relation.Type),
                    ("$from", relation.FromId),
                    ("$to", relation.ToId),
                    ("$s", source.SourceId),
                    ("$props", JsonSerializer.Serialize(relation.Properties))).ConfigureAwait(false);
            }

            foreach (var entry in commit.Entries)
            {
                await InsertEntryAsync(connection, transaction, source, entry, cancellationToken).ConfigureAwait(false);
            }

            await KeepArchivedAsync(
                connection,
                transaction,
                source.Tenant,
                archivedIds,
                cancellationToken).ConfigureAwait(false);

            await ExecuteAsync(
                connection,
                transaction,
                """
                INSERT INTO sources (tenant, source_id, uri, kind, content_hash, state, ingested_at, title)
                VALUES ($t, $s, $uri, $kind, $hash, $state, $at, $title)
                """,
                cancellationToken,
                ("$t", source.Tenant),
                ("$s", source.SourceId),
                ("$uri", source.Uri),
                ("$kind", source.Kind),
                ("$hash", source.ContentHash),
                ("$state", (int)SourceState.Pending),
                ("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)),
                ("$title", source.Title)).ConfigureAwait(false);
            await DeleteOrphansAsync(connection, transaction, source.Tenant, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }

        _logger.SourceCommitted(source.SourceId, commit.Nodes.Count, commit.Relations.Count, commit.Entries.Count);
    }

    /// <inheritdoc />
    public async Task MarkCommittedAsync(
        string tenant,
        string sourceId,
        string contentHash,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            null,
            "UPDATE sources SET state = $state WHERE tenant = $t AND source_id = $s AND content_hash = $hash",
            cancellationToken,
            ("$state", (int)SourceState.Committed),
            ("$t", tenant),
            ("$s", sourceId),
            ("$hash", contentHash)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveSourceAsync(
        string tenant,
        string sourceId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = (SqliteTransaction)await connection
                .BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var existed = await DeleteSourceRowsAsync(connection, transaction, tenant, sourceId, cancellationToken)
                .ConfigureAwait(false);
            await DeleteOrphansAsync(connection, transaction, tenant, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return existed;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ValidateRelationAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string tenant,
        GraphRelation relation,
        Dictionary<string, string> typesInCommit,
        CancellationToken cancellationToken)
    {
        var type = OntologyChecks.RelationTypeOf(_ontology, relation);
        var fromType = await NodeTypeOfAsync(
            connection,
            transaction,
            tenant,
            relation.FromId,
            typesInCommit,
            cancellationToken)
            .ConfigureAwait(false);
        var toType = await NodeTypeOfAsync(
            connection,
            transaction,
            tenant,
            relation.ToId,
            typesInCommit,
            cancellationToken)
            .ConfigureAwait(false);
        OntologyChecks.CheckEnds(type, relation, fromType, toType);
    }

    private static async Task<string> NodeTypeOfAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string tenant,
        string nodeId,
        Dictionary<string, string> typesInCommit,
        CancellationToken cancellationToken)
    {
        if (typesInCommit.TryGetValue(nodeId, out var type))
        {
            return type;
        }

        await using var command = Command(
            connection,
            transaction,
            "SELECT type FROM nodes WHERE tenant = $t AND id = $id",
            ("$t", tenant),
            ("$id", nodeId));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string
            ?? throw OntologyChecks.MissingEnd(nodeId);
    }

    private static async Task UpsertNodeAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string tenant,
        GraphNode node,
        string sourceId,
        CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            connection,
            transaction,
            """
            INSERT INTO nodes (tenant, id, type, key, name, props) VALUES ($t, $id, $type, $key, $name, $props)
            ON CONFLICT (tenant, id) DO UPDATE SET props = json_patch(nodes.props, excluded.props),
                name = CASE WHEN $authoritative = 1 AND NOT EXISTS (SELECT 1 FROM node_sources s
                    WHERE s.tenant = nodes.tenant AND s.node_id = nodes.id AND s.source_id = $ontology)
                    THEN excluded.name ELSE nodes.name END
            """,
            cancellationToken,
            ("$t", tenant),
            ("$id", node.Id),
            ("$type", node.Type),
            ("$key", node.Key),
            ("$name", node.Name),
            ("$props", JsonSerializer.Serialize(node.Properties)),
            ("$authoritative", node.NameIsAuthoritative ? 1 : 0),
            ("$ontology", OntologySourceId)).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            transaction,
            "INSERT OR IGNORE INTO node_sources (tenant, node_id, source_id) VALUES ($t, $id, $s)",
            cancellationToken,
            ("$t", tenant),
            ("$id", node.Id),
            ("$s", sourceId)).ConfigureAwait(false);
    }

    private static Task InsertAliasAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string tenant,
        string nodeId,
        string alias,
        string sourceId,
        CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            transaction,
            "INSERT OR IGNORE INTO node_aliases (tenant, node_id, alias, source_id) VALUES ($t, $id, $alias, $s)",
            cancellationToken,
            ("$t", tenant),
            ("$id", nodeId),
            ("$alias", alias),
            ("$s", sourceId));

    private static async Task InsertEntryAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        SourceRecord source,
        KnowledgeEntry entry,
        CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            connection,
            transaction,
            """
            INSERT INTO entries (tenant, id, source_id, kind, title, heading_path, text, ordinal,
                                 loc_start, loc_end, loc_path, content_hash, ownership, archived)
            VALUES ($t, $id, $s, $kind, $title, $path, $text, $ordinal, $start, $end, $loc, $hash, $own, $archived)
            """,
            cancellationToken,
            ("$t", source.Tenant),
            ("$id", entry.Id),
            ("$s", source.SourceId),
            ("$kind", entry.Kind),
            ("$title", entry.Title),
            ("$path", JsonSerializer.Serialize(entry.HeadingPath)),
            ("$text", entry.Text),
            ("$ordinal", entry.Ordinal),
            ("$start", entry.Locator.Start),
            ("$end", entry.Locator.End),
            ("$loc", entry.Locator.Path),
            ("$hash", entry.ContentHash),
            ("$own", (int)entry.Ownership),
            ("$archived", entry.Archived ? 1 : 0)).ConfigureAwait(false);
        foreach (var mention in entry.Mentions.DistinctBy(m => m.NodeId))
        {
            await ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO mentions (tenant, entry_id, node_id, surface) VALUES ($t, $e, $n, $surface)",
                cancellationToken,
                ("$t", source.Tenant),
                ("$e", entry.Id),
                ("$n", mention.NodeId),
                ("$surface", mention.Surface)).ConfigureAwait(false);
        }
    }

    private static async Task<bool> DeleteSourceRowsAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string tenant,
        string sourceId,
        CancellationToken cancellationToken)
    {
        await using var command = Command(
            connection,
            transaction,
            """
            DELETE FROM mentions WHERE tenant = $t AND entry_id IN (SELECT id FROM entries WHERE tenant = $t AND source_id = $s);
            DELETE FROM entries WHERE tenant = $t AND source_id = $s;
            DELETE FROM relations WHERE tenant = $t AND source_id = $s;
            DELETE FROM node_aliases WHERE tenant = $t AND source_id = $s;
            DELETE FROM node_sources WHERE tenant = $t AND source_id = $s;
            DELETE FROM sources WHERE tenant = $t AND source_id = $s;
            """,
            ("$t", tenant),
            ("$s", sourceId));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private static Task DeleteOrphansAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string tenant,
        CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            transaction,
            """
            DELETE FROM nodes WHERE tenant = $t AND NOT EXISTS
                (SELECT 1 FROM node_sources ns WHERE ns.tenant = nodes.tenant AND ns.node_id = nodes.id);
            DELETE FROM relations WHERE tenant = $t AND (
                NOT EXISTS (SELECT 1 FROM nodes n WHERE n.tenant = relations.tenant AND n.id = relations.from_id) OR
                NOT EXISTS (SELECT 1 FROM nodes n WHERE n.tenant = relations.tenant AND n.id = relations.to_id));
            DELETE FROM mentions WHERE tenant = $t AND NOT EXISTS
                (SELECT 1 FROM nodes n WHERE n.tenant = mentions.tenant AND n.id = mentions.node_id);
            """,
            cancellationToken,
            ("$t", tenant));
}
