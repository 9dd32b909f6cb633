// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json.Nodes;
using SalesCognition.Graph.Internal;
using SalesCognition.Graph.Storage.Neo4j.Internal;

namespace SalesCognition.Graph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> SetArchivedAsync(
        string tenant,
        IReadOnlyCollection<string> entryIds,
        bool archived,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentNullException.ThrowIfNull(entryIds);

        if (entryIds.Count == 0)
        {
            return [];
        }

        // One statement is one transaction of its own: every flag changes, or none does.
        var result = await _http.RunAsync(
            "set archived",
            new CypherStatement(
                "MATCH (e:ScEntry {tenant: $tenant}) WHERE e.id IN $ids SET e.archived = $archived RETURN e.id AS id",
                new JsonObject
                {
                    ["tenant"] = StoredTenant(tenant),
                    ["ids"] = Strings(entryIds),
                    ["archived"] = archived,
                }),
            cancellationToken).ConfigureAwait(false);
        var known = result.Rows.Select(row => row[0].GetString()!).ToHashSet(StringComparer.Ordinal);

        _logger.EntriesArchivedSet(known.Count, archived);
        return [.. entryIds.Where(known.Contains).Distinct(StringComparer.Ordinal)];
    }
}
