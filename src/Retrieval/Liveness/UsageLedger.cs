// Copyright (c) SalesCognition. All rights reserved.

using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SalesCognition.Graph.Storage.Sqlite;

namespace SalesCognition.Retrieval.Liveness;

/// <summary>
/// The liveness ledger: usage events, ratings and the prune/restore audit log, in a SQLite file of its own
/// (<c>liveness.db</c> in the data folder), apart from the graph so that recording never contends with ingestion.
/// Times are stored as Unix milliseconds. The ledger holds ids only, never personal data.
/// </summary>
public sealed class UsageLedger : IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS usage_events (
            tenant TEXT NOT NULL, entry_id TEXT NOT NULL, kind INTEGER NOT NULL,
            caller_kind INTEGER NOT NULL, caller_id TEXT NOT NULL, at INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS usage_by_entry ON usage_events (tenant, entry_id, at);
        CREATE TABLE IF NOT EXISTS ratings (
            tenant TEXT NOT NULL, entry_id TEXT NOT NULL, score INTEGER NOT NULL, helpful INTEGER NULL,
            comment TEXT NULL, caller_kind INTEGER NOT NULL, caller_id TEXT NOT NULL, at INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS ratings_by_entry ON ratings (tenant, entry_id, at);
        CREATE TABLE IF NOT EXISTS audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT, tenant TEXT NOT NULL, at INTEGER NOT NULL, actor TEXT NOT NULL,
            action TEXT NOT NULL, reason TEXT NOT NULL, entry_ids TEXT NOT NULL);
        """;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private bool _schemaReady;

    /// <summary>
    /// Creates a ledger over the SQLite file at <paramref name="databasePath"/> (created on first use).
    /// </summary>
    public UsageLedger(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);

        _connectionString = SqliteFiles.ConnectionString(databasePath);
    }

    /// <summary>Appends usage events in one transaction.</summary>
    public async Task AppendAsync(IReadOnlyCollection<UsageEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);

        if (events.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection
            .BeginTransactionAsync(cancellationToken)
            .ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO usage_events (tenant, entry_id, kind, caller_kind, caller_id, at)
            VALUES ($t, $e, $k, $ck, $c, $at)
            """;
        var tenant = command.Parameters.Add("$t", SqliteType.Text);
        var entry = command.Parameters.Add("$e", SqliteType.Text);
        var kind = command.Parameters.Add("$k", SqliteType.Integer);
        var callerKind = command.Parameters.Add("$ck", SqliteType.Integer);
        var caller = command.Parameters.Add("$c", SqliteType.Text);
        var at = command.Parameters.Add("$at", SqliteType.Integer);
        foreach (var e in events)
        {
            tenant.Value = e.Tenant;
            entry.Value = e.EntryId;
            kind.Value = (int)e.Kind;
            callerKind.Value = (int)e.Caller.Kind;
            caller.Value = e.Caller.Id;
            at.Value = e.At.ToUnixTimeMilliseconds();
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The tenant's usage events, of one entry or of all, oldest first.</summary>
    public async IAsyncEnumerable<UsageEvent> ReadUsageAsync(
        string tenant,
        string? entryId = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT entry_id, kind, caller_kind, caller_id, at FROM usage_events WHERE tenant = $t"
            + (entryId is null ? "" : " AND entry_id = $e") + " ORDER BY at, rowid";
        command.Parameters.AddWithValue("$t", tenant);
        if (entryId is not null)
        {
            command.Parameters.AddWithValue("$e", entryId);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new UsageEvent(
                tenant,
                reader.GetString(0),
                (UsageKind)reader.GetInt32(1),
                new UsageCaller((CallerKind)reader.GetInt32(2), reader.GetString(3)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)));
        }
    }

    /// <summary>Stores a rating.</summary>
    public async Task AddRatingAsync(string tenant, EntryRating rating, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentNullException.ThrowIfNull(rating);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO ratings (tenant, entry_id, score, helpful, comment, caller_kind, caller_id, at)
            VALUES ($t, $e, $s, $h, $comment, $ck, $c, $at)
            """;
        command.Parameters.AddWithValue("$t", tenant);
        command.Parameters.AddWithValue("$e", rating.EntryId);
        command.Parameters.AddWithValue("$s", rating.Score);
        command.Parameters.AddWithValue("$h", rating.Helpful is { } helpful ? (helpful ? 1 : 0) : DBNull.Value);
        command.Parameters.AddWithValue("$comment", (object?)rating.Comment ?? DBNull.Value);
        command.Parameters.AddWithValue("$ck", (int)rating.Caller.Kind);
        command.Parameters.AddWithValue("$c", rating.Caller.Id);
        command.Parameters.AddWithValue("$at", rating.At.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The tenant's ratings, of one entry or of all, oldest first.</summary>
    public async Task<IReadOnlyList<EntryRating>> ReadRatingsAsync(
        string tenant,
        string? entryId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT entry_id, score, helpful, comment, caller_kind, caller_id, at FROM ratings " +
            "WHERE tenant = $t"
            + (entryId is null ? "" : " AND entry_id = $e") + " ORDER BY at, rowid";
        command.Parameters.AddWithValue("$t", tenant);
        if (entryId is not null)
        {
            command.Parameters.AddWithValue("$e", entryId);
        }

        var ratings = new List<EntryRating>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ratings.Add(new EntryRating(
                reader.GetString(0),
                reader.GetInt32(1),
                reader.IsDBNull(2) ? null : reader.GetInt32(2) != 0,
                reader.IsDBNull(3) ? null : reader.GetString(3),
                new UsageCaller((CallerKind)reader.GetInt32(4), reader.GetString(5)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6))));
        }

        return ratings;
    }

    /// <summary>Appends a record to the audit log and returns it with its sequence number.</summary>
    public async Task<AuditRecord> AppendAuditAsync(
        string tenant,
        DateTimeOffset at,
        string actor,
        string action,
        string reason,
        IReadOnlyList<string> entryIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(entryIds);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO audit_log (tenant, at, actor, action, reason, entry_ids) VALUES ($t, $at, $actor, $action, $reason, $ids)
            RETURNING id
            """;
        command.Parameters.AddWithValue("$t", tenant);
        command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$actor", actor);
        command.Parameters.AddWithValue("$action", action);
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(entryIds));
        var id = Convert.ToInt64(
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture);
        return new AuditRecord(
            id,
            DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds()),
            actor,
            action,
            reason,
            entryIds);
    }

    /// <summary>
    /// The tenant's audit log, newest first, optionally only the records that name <paramref name="entryId"/>.
    /// </summary>
    public async Task<IReadOnlyList<AuditRecord>> ReadAuditAsync(
        string tenant,
        string? entryId = null,
        int limit = 1000,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, at, actor, action, reason, entry_ids FROM audit_log WHERE tenant = $t"
            + (entryId is null ? "" : " AND EXISTS (SELECT 1 FROM json_each(entry_ids) WHERE value = $e)")
            + " ORDER BY id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$t", tenant);
        command.Parameters.AddWithValue("$limit", limit);
        if (entryId is not null)
        {
            command.Parameters.AddWithValue("$e", entryId);
        }

        var records = new List<AuditRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(new AuditRecord(
                reader.GetInt64(0),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                JsonSerializer.Deserialize<List<string>>(reader.GetString(5)) ?? []));
        }

        return records;
    }

    /// <inheritdoc />
    public void Dispose() => _schemaLock.Dispose();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA busy_timeout = 30000;";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (!_schemaReady)
            {
                await EnsureSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _schemaLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_schemaReady)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = Schema;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                _schemaReady = true;
            }
        }
        finally
        {
            _schemaLock.Release();
        }
    }
}
