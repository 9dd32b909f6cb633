// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text.Json.Nodes;
using SalesCognition.Graph.Internal;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage.Internal;
using SalesCognition.Graph.Storage.Neo4j.Internal;

namespace SalesCognition.Graph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const string DeleteSourceCypher = """
        OPTIONAL MATCH (src:ScSource {tenant: $tenant, sourceId: $sourceId})
        OPTIONAL MATCH (origin:ScOrigin {tenant: $tenant, sourceId: $sourceId})
        OPTIONAL MATCH (supported:ScNode)-[:SC_FROM]->(origin)
        WITH src, origin, collect(DISTINCT supported.id) AS touched
        CALL { MATCH (e:ScEntry {tenant: $tenant, sourceId: $sourceId}) DETACH DELETE e RETURN count(*) AS entries }
        CALL { MATCH ()-[r:SC_RELATION {tenant: $tenant, sourceId: $sourceId}]->() DELETE r RETURN count(*) AS relations }
        WITH src, origin, touched, entries, relations, src IS NOT NULL OR origin IS NOT NULL AS recorded
        DETACH DELETE src, origin
        RETURN touched, recorded OR entries > 0 OR relations > 0 AS existed
        """;

    private const string UpsertNodesCypher = """
        UNWIND $nodes AS node
        MERGE (n:ScNode {tenant: $tenant, id: node.id})
        ON CREATE SET n.type = node.type, n.key = node.key, n.name = node.name, n.archived = false
        ON MATCH SET n.name = CASE
            WHEN node.authoritative AND NOT EXISTS { (n)-[:SC_FROM]->(:ScOrigin {sourceId: $ontology}) }
            THEN node.name ELSE n.name END
        SET n += node.properties
        MERGE (o:ScOrigin {tenant: $tenant, sourceId: $sourceId})
        MERGE (n)-[:SC_FROM]->(o)
        """;

    private const string AddAliasesCypher = """
        UNWIND $aliases AS a
        MATCH (n:ScNode {tenant: $tenant, id: a.nodeId})
        MERGE (o:ScOrigin {tenant: $tenant, sourceId: $sourceId})
        MERGE (n)-[:SC_ALIAS {alias: a.alias}]->(o)
        """;

    private const string AddRelationsCypher = """
        UNWIND $relations AS rel
        MATCH (a:ScNode {tenant: $tenant, id: rel.from})
        MATCH (b:ScNode {tenant: $tenant, id: rel.to})
        MERGE (a)-[r:SC_RELATION {tenant: $tenant, type: rel.type, sourceId: $sourceId}]->(b)
        SET r = rel.properties
        """;

    private const string AddEntriesCypher = """
        UNWIND $entries AS entry
        CREATE (e:ScEntry)
        SET e = entry.properties
        WITH e, entry
        UNWIND entry.mentions AS mention
        MATCH (n:ScNode {tenant: $tenant, id: mention.nodeId})
        CREATE (e)-[:SC_MENTIONS {surface: mention.surface, ordinal: mention.ordinal}]->(n)
        """;

    private const string DeleteOrphansCypher = """
        UNWIND $nodeIds AS id
        MATCH (n:ScNode {tenant: $tenant, id: id})
        WHERE NOT EXISTS { (n)-[:SC_FROM]->(:ScOrigin) }
        DETACH DELETE n
        """;

    /// <inheritdoc />
    public async Task CommitSourceAsync(SourceCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);

        var source = commit.Source;
        foreach (var node in commit.Nodes)
        {
            OntologyChecks.CheckNode(_ontology, node);
        }

        await WriteAsync(
            "commit source",
            async transaction =>
            {
                var archived = await ArchivedEntryIdsAsync(transaction, source, cancellationToken).ConfigureAwait(false);
                var touched = await DeleteSourceAsync(transaction, source.Tenant, source.SourceId, cancellationToken)
                    .ConfigureAwait(false);
                await UpsertNodesAsync(transaction, source.Tenant, source.SourceId, commit.Nodes, cancellationToken)
                    .ConfigureAwait(false);
                await AddAliasesAsync(transaction, source.Tenant, source.SourceId, commit.Aliases, cancellationToken)
                    .ConfigureAwait(false);
                await ValidateRelationsAsync(transaction, source.Tenant, commit, cancellationToken).ConfigureAwait(false);
                await AddRelationsAsync(transaction, source, commit.Relations, cancellationToken).ConfigureAwait(false);
                await AddEntriesAsync(transaction, source, commit.Entries, archived, cancellationToken)
                    .ConfigureAwait(false);
                await AddSourceRecordAsync(transaction, source, cancellationToken).ConfigureAwait(false);
                await DeleteOrphansAsync(transaction, source.Tenant, touched.NodeIds, cancellationToken)
                    .ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);

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

        await _http.RunAsync(
            "mark source committed",
            new CypherStatement(
                "MATCH (x:ScSource {tenant: $tenant, sourceId: $sourceId, contentHash: $hash}) SET x.state = $state",
                new JsonObject
                {
                    ["tenant"] = StoredTenant(tenant),
                    ["sourceId"] = sourceId,
                    ["hash"] = contentHash,
                    ["state"] = nameof(SourceState.Committed),
                }),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveSourceAsync(
        string tenant,
        string sourceId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);

        return await WriteAsync(
            "remove source",
            async transaction =>
            {
                var removed = await DeleteSourceAsync(transaction, tenant, sourceId, cancellationToken)
                    .ConfigureAwait(false);
                await DeleteOrphansAsync(transaction, tenant, removed.NodeIds, cancellationToken).ConfigureAwait(false);
                return removed.Existed;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks every relation against the ontology; ends not in the commit are looked up in the graph (inside the
    /// transaction, so a node the old version named is still there).
    /// </summary>
    private async Task ValidateRelationsAsync(
        Neo4jTransaction transaction,
        string tenant,
        SourceCommit commit,
        CancellationToken cancellationToken)
    {
        if (commit.Relations.Count == 0)
        {
            return;
        }

        var types = commit.Nodes.DistinctBy(n => n.Id).ToDictionary(n => n.Id, n => n.Type, StringComparer.Ordinal);
        var missing = commit.Relations.SelectMany(r => new[] { r.FromId, r.ToId })
            .Where(id => !types.ContainsKey(id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (missing.Count > 0)
        {
            var found = await transaction.RunAsync(
                new CypherStatement(
                    "MATCH (n:ScNode {tenant: $tenant}) WHERE n.id IN $ids RETURN n.id AS id, n.type AS type",
                    new JsonObject { ["tenant"] = StoredTenant(tenant), ["ids"] = Strings(missing) }),
                cancellationToken).ConfigureAwait(false);
            foreach (var row in found.Rows)
            {
                types[row[found.Column("id")].GetString()!] = row[found.Column("type")].GetString()!;
            }
        }

        foreach (var relation in commit.Relations)
        {
            var type = OntologyChecks.RelationTypeOf(_ontology, relation);
            OntologyChecks.CheckEnds(type, relation, TypeOf(types, relation.FromId), TypeOf(types, relation.ToId));
        }
    }

    private static string TypeOf(Dictionary<string, string> types, string nodeId) =>
        types.TryGetValue(nodeId, out var type)
            ? type
            : throw OntologyChecks.MissingEnd(nodeId);

    private async Task<List<string>> ArchivedEntryIdsAsync(
        Neo4jTransaction transaction,
        SourceRecord source,
        CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            new CypherStatement(
                "MATCH (e:ScEntry {tenant: $tenant, sourceId: $sourceId}) WHERE e.archived RETURN e.id AS id",
                new JsonObject { ["tenant"] = StoredTenant(source.Tenant), ["sourceId"] = source.SourceId }),
            cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(row => row[0].GetString()!)];
    }

    /// <summary>
    /// Deletes the source's record, entries (with their mentions), relations, provenance and aliases; nodes stay
    /// until <see cref="DeleteOrphansAsync"/>. Returns the nodes the source supported and whether it had anything.
    /// </summary>
    private async Task<(IReadOnlyList<string> NodeIds, bool Existed)> DeleteSourceAsync(
        Neo4jTransaction transaction,
        string tenant,
        string sourceId,
        CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            new CypherStatement(
                DeleteSourceCypher,
                new JsonObject { ["tenant"] = StoredTenant(tenant), ["sourceId"] = sourceId }),
            cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            return ([], false);
        }

        var row = result.Rows[0];
        var touched = row[result.Column("touched")].EnumerateArray().Select(id => id.GetString()!).ToList();
        return (touched, row[result.Column("existed")].GetBoolean());
    }

    private Task UpsertNodesAsync(
        Neo4jTransaction transaction,
        string tenant,
        string sourceId,
        IReadOnlyList<GraphNode> nodes,
        CancellationToken cancellationToken)
    {
        if (nodes.Count == 0)
        {
            return Task.CompletedTask;
        }

        var rows = new JsonArray();
        foreach (var node in nodes)
        {
            rows.Add(new JsonObject
            {
                ["id"] = node.Id,
                ["type"] = node.Type,
                ["key"] = node.Key,
                ["name"] = node.Name,
                ["authoritative"] = node.NameIsAuthoritative,
                ["properties"] = Properties(node.Properties),
            });
        }

        return transaction.RunAsync(
            new CypherStatement(
                UpsertNodesCypher,
                new JsonObject
                {
                    ["tenant"] = StoredTenant(tenant),
                    ["sourceId"] = sourceId,
                    ["ontology"] = OntologySourceId,
                    ["nodes"] = rows,
                }),
            cancellationToken);
    }

    private Task AddAliasesAsync(
        Neo4jTransaction transaction,
        string tenant,
        string sourceId,
        IReadOnlyList<NodeAlias> aliases,
        CancellationToken cancellationToken)
    {
        if (aliases.Count == 0)
        {
            return Task.CompletedTask;
        }

        var rows = new JsonArray();
        foreach (var alias in aliases)
        {
            rows.Add(new JsonObject { ["nodeId"] = alias.NodeId, ["alias"] = alias.Alias });
        }

        return transaction.RunAsync(
            new CypherStatement(
                AddAliasesCypher,
                new JsonObject { ["tenant"] = StoredTenant(tenant), ["sourceId"] = sourceId, ["aliases"] = rows }),
            cancellationToken);
    }

    private Task AddRelationsAsync(
        Neo4jTransaction transaction,
        SourceRecord source,
        IReadOnlyList<GraphRelation> relations,
        CancellationToken cancellationToken)
    {
        if (relations.Count == 0)
        {
            return Task.CompletedTask;
        }

        var tenant = StoredTenant(source.Tenant);
        var rows = new JsonArray();
        foreach (var relation in relations)
        {
            // The relation's whole property set: stating it again replaces what an earlier statement gave.
            var properties = Properties(relation.Properties);
            properties["tenant"] = tenant;
            properties["type"] = relation.Type;
            properties["sourceId"] = source.SourceId;
            rows.Add(new JsonObject
            {
                ["type"] = relation.Type,
                ["from"] = relation.FromId,
                ["to"] = relation.ToId,
                ["properties"] = properties,
            });
        }

        return transaction.RunAsync(
            new CypherStatement(
                AddRelationsCypher,
                new JsonObject { ["tenant"] = tenant, ["sourceId"] = source.SourceId, ["relations"] = rows }),
            cancellationToken);
    }

    private Task AddEntriesAsync(
        Neo4jTransaction transaction,
        SourceRecord source,
        IReadOnlyList<KnowledgeEntry> entries,
        List<string> archivedIds,
        CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        var tenant = StoredTenant(source.Tenant);
        var keptArchived = archivedIds.ToHashSet(StringComparer.Ordinal);
        var rows = new JsonArray();
        foreach (var entry in entries)
        {
            var mentions = new JsonArray();
            var ordinal = 0;
            foreach (var mention in entry.Mentions.DistinctBy(m => m.NodeId))
            {
                mentions.Add(new JsonObject
                {
                    ["nodeId"] = mention.NodeId,
                    ["surface"] = mention.Surface,
                    ["ordinal"] = ordinal++,
                });
            }

            rows.Add(new JsonObject
            {
                ["properties"] = new JsonObject
                {
                    ["tenant"] = tenant,
                    ["id"] = entry.Id,
                    ["sourceId"] = source.SourceId,
                    ["kind"] = entry.Kind,
                    ["title"] = entry.Title,
                    ["headingPath"] = Strings(entry.HeadingPath),
                    ["text"] = entry.Text,
                    ["ordinal"] = entry.Ordinal,
                    ["locStart"] = entry.Locator.Start,
                    ["locEnd"] = entry.Locator.End,
                    ["locPath"] = entry.Locator.Path,
                    ["contentHash"] = entry.ContentHash,
                    ["ownership"] = entry.Ownership.ToString(),

                    // A knowledge manager's archiving outlives a new version that keeps the entry.
                    ["archived"] = entry.Archived || keptArchived.Contains(entry.Id),
                },
                ["mentions"] = mentions,
            });
        }

        return transaction.RunAsync(
            new CypherStatement(AddEntriesCypher, new JsonObject { ["tenant"] = tenant, ["entries"] = rows }),
            cancellationToken);
    }

    private async Task AddSourceRecordAsync(
        Neo4jTransaction transaction,
        SourceRecord source,
        CancellationToken cancellationToken) =>
        await transaction.RunAsync(
            new CypherStatement(
                "CREATE (x:ScSource) SET x = $source",
                new JsonObject
                {
                    ["source"] = new JsonObject
                    {
                        ["tenant"] = StoredTenant(source.Tenant),
                        ["sourceId"] = source.SourceId,
                        ["uri"] = source.Uri,
                        ["kind"] = source.Kind,
                        ["contentHash"] = source.ContentHash,
                        ["state"] = nameof(SourceState.Pending),
                        ["ingestedAt"] = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                        ["title"] = source.Title,
                    },
                }),
            cancellationToken).ConfigureAwait(false);

    /// <summary>Deletes those of <paramref name="nodeIds"/> that no source supports any more, with their relations.</summary>
    private Task DeleteOrphansAsync(
        Neo4jTransaction transaction,
        string tenant,
        IReadOnlyList<string> nodeIds,
        CancellationToken cancellationToken) =>
        nodeIds.Count == 0
            ? Task.CompletedTask
            : transaction.RunAsync(
                new CypherStatement(
                    DeleteOrphansCypher,
                    new JsonObject { ["tenant"] = StoredTenant(tenant), ["nodeIds"] = Strings(nodeIds) }),
                cancellationToken);
}
