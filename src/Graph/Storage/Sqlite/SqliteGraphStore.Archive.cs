// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using Microsoft.Data.Sqlite;
using SalesCognition.Graph.Internal;

namespace SalesCognition.Graph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
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

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = (SqliteTransaction)await connection
                .BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var ids = JsonSerializer.Serialize(entryIds);
            var known = new HashSet<string>(StringComparer.Ordinal);
            await using (var command = Command(
                connection,
                transaction,
                "SELECT id FROM entries WHERE tenant = $t AND id IN (SELECT value FROM json_each($ids))",
                ("$t", tenant),
                ("$ids", ids)))
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    known.Add(reader.GetString(0));
                }
            }

            await ExecuteAsync(
                connection,
                transaction,
                "UPDATE entries SET archived = $a WHERE tenant = $t AND id IN (SELECT value FROM json_each($ids))",
                cancellationToken,
                ("$a", archived ? 1 : 0),
                ("$t", tenant),
                ("$ids", ids)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

            _logger.EntriesArchivedSet(known.Count, archived);
            return [.. entryIds.Where(known.Contains).Distinct(StringComparer.Ordinal)];
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static async Task<List<string>> ArchivedEntryIdsAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string tenant,
        string sourceId,
        CancellationToken cancellationToken)
    {
        await using var command = Command(
            connection,
            transaction,
            "SELECT id FROM entries WHERE tenant = $t AND source_id = $s AND archived = 1",
            ("$t", tenant),
            ("$s", sourceId));
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>
    /// Re-applies a knowledge manager's archiving to the entries a new version of a source kept unchanged.
    /// </summary>
    private static Task KeepArchivedAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string tenant,
        List<string> archivedIds,
        CancellationToken cancellationToken) =>
        archivedIds.Count == 0
            ? Task.CompletedTask
            : ExecuteAsync(
                connection,
                transaction,
                "UPDATE entries SET archived = 1 WHERE tenant = $t AND id IN (SELECT value FROM json_each($ids))",
                cancellationToken,
                ("$t", tenant),
                ("$ids", JsonSerializer.Serialize(archivedIds)));
}
