// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using SalesCognition.Graph.Model;

namespace SalesCognition.Graph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
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

        const string Filter = """
            AND archived = 0 AND id IN (
                SELECT entry_id FROM mentions WHERE tenant = $t AND node_id IN (SELECT value FROM json_each($ids)))
            """;
        return await QueryEntriesAsync(Filter, tenant, ("$ids", JsonSerializer.Serialize(nodeIds)), cancellationToken)
            .ConfigureAwait(false);
    }
}
