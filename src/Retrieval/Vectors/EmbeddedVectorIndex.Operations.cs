// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SalesCognition.Retrieval.Vectors;

public sealed partial class EmbeddedVectorIndex
{
    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, ReadOnlyMemory<float>>> GetCachedAsync(
        IReadOnlyCollection<string> contentHashes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentHashes);

        var found = new Dictionary<string, ReadOnlyMemory<float>>(StringComparer.Ordinal);
        if (contentHashes.Count == 0)
        {
            return found;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT content_hash, vector FROM embeddings WHERE content_hash IN (SELECT value FROM " +
            "json_each($h))";
        command.Parameters.AddWithValue("$h", JsonSerializer.Serialize(contentHashes));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found[reader.GetString(0)] = FromBytes((byte[])reader.GetValue(1));
        }

        return found;
    }

    /// <inheritdoc />
    public async Task ReplaceSourceAsync(
        string tenant,
        string sourceId,
        IReadOnlyList<VectorEntry> entries,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            if (entry.Vector.Length != Space.Dimensions || entry.Passages.Any(p => p.Vector.Length != Space.Dimensions))
            {
                throw new ArgumentException(
                    $"Entry '{entry.EntryId}' has a vector of {entry.Vector.Length} dimensions (or a passage vector "
                    + $"of another length); the index holds {Space.Dimensions}.",
                    nameof(entries));
            }
        }

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = (SqliteTransaction)await connection
                .BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(
                connection,
                transaction,
                "DELETE FROM passages WHERE tenant = $t AND entry_id IN " +
                    "(SELECT entry_id FROM entries WHERE tenant = $t AND source_id = $s)",
                cancellationToken,
                ("$t", tenant),
                ("$s", sourceId)).ConfigureAwait(false);
            await ExecuteAsync(
                connection,
                transaction,
                "DELETE FROM entries WHERE tenant = $t AND source_id = $s",
                cancellationToken,
                ("$t", tenant),
                ("$s", sourceId)).ConfigureAwait(false);
            foreach (var entry in entries)
            {
                await StoreEmbeddingAsync(
                    connection,
                    transaction,
                    entry.ContentHash,
                    entry.Vector,
                    cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(
                    connection,
                    transaction,
                    "INSERT OR REPLACE INTO entries (tenant, entry_id, source_id, content_hash) VALUES ($t, $e, $s, " +
                        "$h)",
                    cancellationToken,
                    ("$t", tenant),
                    ("$e", entry.EntryId),
                    ("$s", sourceId),
                    ("$h", entry.ContentHash)).ConfigureAwait(false);
                await WritePassagesAsync(connection, transaction, tenant, entry, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            LoadedTenant(tenant)?.Replace(sourceId, entries);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc />
    public Task RemoveSourceAsync(string tenant, string sourceId, CancellationToken cancellationToken = default) =>
        ReplaceSourceAsync(tenant, sourceId, [], cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<VectorHit>> SearchAsync(
        string tenant,
        ReadOnlyMemory<float> query,
        int top,
        float passageWeight = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(passageWeight);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(passageWeight, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        if (query.Length != Space.Dimensions)
        {
            throw new ArgumentException(
                $"The query vector has {query.Length} dimensions; the index holds {Space.Dimensions}.",
                nameof(query));
        }

        var vectors = await TenantAsync(tenant, cancellationToken).ConfigureAwait(false);
        return vectors.Search(query.Span, top, passageWeight, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, int>> CountBySourceAsync(
        string tenant,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);

        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT source_id, count(*) FROM entries WHERE tenant = $t GROUP BY source_id";
        command.Parameters.AddWithValue("$t", tenant);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    private static Task StoreEmbeddingAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string contentHash,
        ReadOnlyMemory<float> vector,
        CancellationToken cancellationToken) => ExecuteAsync(
            connection,
            transaction,
            "INSERT OR IGNORE INTO embeddings (content_hash, vector) VALUES ($h, $v)",
            cancellationToken,
            ("$h", contentHash),
            ("$v", ToBytes(vector)));

    private static async Task WritePassagesAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string tenant,
        VectorEntry entry,
        CancellationToken cancellationToken)
    {
        for (var ordinal = 0; ordinal < entry.Passages.Count; ordinal++)
        {
            var passage = entry.Passages[ordinal];
            await StoreEmbeddingAsync(
                connection,
                transaction,
                passage.ContentHash,
                passage.Vector,
                cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(
                connection,
                transaction,
                "INSERT OR REPLACE INTO passages (tenant, entry_id, ordinal, content_hash) VALUES ($t, $e, $o, $h)",
                cancellationToken,
                ("$t", tenant),
                ("$e", entry.EntryId),
                ("$o", ordinal),
                ("$h", passage.ContentHash)).ConfigureAwait(false);
        }
    }

    private TenantVectors? LoadedTenant(string tenant)
    {
        lock (_tenantsLock)
        {
            return _tenants.GetValueOrDefault(tenant);
        }
    }

    private async Task<TenantVectors> TenantAsync(string tenant, CancellationToken cancellationToken)
    {
        if (LoadedTenant(tenant) is { } loaded)
        {
            return loaded;
        }

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (LoadedTenant(tenant) is { } raced)
            {
                return raced;
            }

            var vectors = new TenantVectors(Space.Dimensions);
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT e.entry_id, e.source_id, v.vector FROM entries e
                JOIN embeddings v ON v.content_hash = e.content_hash WHERE e.tenant = $t
                """;
            command.Parameters.AddWithValue("$t", tenant);
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    vectors.Set(reader.GetString(0), reader.GetString(1), FromBytes((byte[])reader.GetValue(2)));
                }
            }

            command.CommandText = """
                SELECT p.entry_id, v.vector FROM passages p
                JOIN embeddings v ON v.content_hash = p.content_hash WHERE p.tenant = $t ORDER BY p.entry_id, p.ordinal
                """;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    vectors.AddPassage(reader.GetString(0), FromBytes((byte[])reader.GetValue(1)));
                }
            }

            lock (_tenantsLock)
            {
                _tenants[tenant] = vectors;
            }

            return vectors;
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
