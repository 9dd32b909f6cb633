// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using Microsoft.Data.Sqlite;
using SalesCognition.Graph.Storage.Sqlite;

namespace SalesCognition.Graph.Review.Sqlite;

/// <summary>
/// Review flags in their own table of the embedded graph's SQLite file, so they survive restarts and sit next to the
/// entries and mentions they refer to. The table is created on first use.
/// </summary>
public sealed class SqliteReviewFlagStore : IReviewFlagStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS review_flags (
            tenant TEXT NOT NULL, entry_id TEXT NOT NULL, news_id TEXT NOT NULL, source_id TEXT NOT NULL, news_source_id TEXT NOT NULL,
            entry_title TEXT NOT NULL, news_title TEXT NOT NULL, news_date TEXT, product_ids TEXT NOT NULL,
            flagged_at TEXT NOT NULL, state INTEGER NOT NULL, resolved_at TEXT, note TEXT,
            PRIMARY KEY (tenant, entry_id, news_id));
        CREATE INDEX IF NOT EXISTS review_flags_by_news ON review_flags (tenant, news_source_id);
        CREATE INDEX IF NOT EXISTS review_flags_by_source ON review_flags (tenant, source_id);
        """;

    private const string Columns = "tenant, entry_id, news_id, source_id, news_source_id, entry_title, news_title, " +
        "news_date, product_ids, "
        + "flagged_at, state, resolved_at, note";

    private readonly string _connectionString;
    private readonly SemaphoreSlim _init = new(1, 1);
    private bool _ready;

    /// <summary>Creates the store over the SQLite file at <paramref name="databasePath"/> (the graph's file).</summary>
    public SqliteReviewFlagStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);

        _connectionString = SqliteFiles.ConnectionString(databasePath);
    }

    /// <inheritdoc />
    public async Task<bool> SetReviewFlagAsync(ReviewFlag flag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flag);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT OR IGNORE INTO review_flags ({Columns})
            VALUES ($tenant, $entry, $news, $source, $newsSource, $entryTitle, $newsTitle, $newsDate, $products,
                    $at, $state, $resolvedAt, $note)
            """;
        Add(command, "$tenant", flag.Tenant);
        Add(command, "$entry", flag.EntryId);
        Add(command, "$news", flag.NewsId);
        Add(command, "$source", flag.SourceId);
        Add(command, "$newsSource", flag.NewsSourceId);
        Add(command, "$entryTitle", flag.EntryTitle);
        Add(command, "$newsTitle", flag.NewsTitle);
        Add(command, "$newsDate", flag.NewsDate);
        Add(command, "$products", string.Join('\n', flag.ProductIds));
        Add(command, "$at", flag.FlaggedAt.ToString("O", CultureInfo.InvariantCulture));
        Add(command, "$state", (int)flag.State);
        Add(command, "$resolvedAt", flag.ResolvedAt?.ToString("O", CultureInfo.InvariantCulture));
        Add(command, "$note", flag.Note);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewFlag>> GetReviewFlagsAsync(
        string tenant,
        IReadOnlyCollection<string>? entryIds = null,
        bool includeResolved = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        if (entryIds is { Count: 0 })
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var filter = entryIds is null ? "" : $" AND entry_id IN ({Parameters(command, "$e", entryIds)})";
        var state = includeResolved ? "" : " AND state = 0";
        command.CommandText = $"SELECT {Columns} FROM review_flags WHERE tenant = $tenant{filter}{state} "
            + "ORDER BY flagged_at DESC, entry_id, news_id";
        Add(command, "$tenant", tenant);
        var flags = new List<ReviewFlag>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            flags.Add(Read(reader));
        }

        return flags;
    }

    /// <inheritdoc />
    public async Task<int> ClearReviewFlagAsync(
        string tenant,
        IReadOnlyCollection<string> entryIds,
        ReviewState resolution,
        string? note,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentNullException.ThrowIfNull(entryIds);
        if (resolution == ReviewState.Open)
        {
            throw new ArgumentException("A flag is resolved as confirmed or cleared, not open.", nameof(resolution));
        }

        if (entryIds.Count == 0)
        {
            return 0;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE review_flags SET state = $state, resolved_at = $at, note = $note "
            + $"WHERE tenant = $tenant AND state = 0 AND entry_id IN ({Parameters(command, "$e", entryIds)})";
        Add(command, "$tenant", tenant);
        Add(command, "$state", (int)resolution);
        Add(command, "$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        Add(command, "$note", note);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> DeleteReviewFlagsAsync(
        string tenant,
        string sourceId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM review_flags WHERE tenant = $tenant AND (source_id = $source OR " +
            "news_source_id = $source)";
        Add(command, "$tenant", tenant);
        Add(command, "$source", sourceId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CitingEntry>> FindCitingEntriesAsync(
        string tenant,
        IReadOnlyCollection<string> nodeIds,
        IReadOnlyCollection<string> entryKinds,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentNullException.ThrowIfNull(entryKinds);
        if (nodeIds.Count == 0 || entryKinds.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT e.id, e.source_id, e.kind, e.title, m.node_id FROM mentions m
            JOIN entries e ON e.tenant = m.tenant AND e.id = m.entry_id
            WHERE m.tenant = $tenant AND e.archived = 0
              AND m.node_id IN ({Parameters(command, "$n", nodeIds)}) AND e.kind IN ({Parameters(command, "$k", entryKinds)})
            ORDER BY e.source_id, e.ordinal
            """;
        Add(command, "$tenant", tenant);
        var citing = new List<CitingEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            citing.Add(new CitingEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4)));
        }

        return citing;
    }

    /// <inheritdoc />
    public void Dispose() => _init.Dispose();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (!_ready)
        {
            await _init.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await using var command = connection.CreateCommand();

                // The graph store may not have run yet on a fresh folder; the mention lookup then finds nothing.
                command.CommandText = "PRAGMA busy_timeout = 30000; " + Schema;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                _ready = true;
            }
            finally
            {
                _init.Release();
            }
        }

        return connection;
    }

    private static ReviewFlag Read(SqliteDataReader reader) => new()
    {
        Tenant = reader.GetString(0),
        EntryId = reader.GetString(1),
        NewsId = reader.GetString(2),
        SourceId = reader.GetString(3),
        NewsSourceId = reader.GetString(4),
        EntryTitle = reader.GetString(5),
        NewsTitle = reader.GetString(6),
        NewsDate = reader.IsDBNull(7) ? null : reader.GetString(7),
        ProductIds = reader.GetString(8).Split('\n', StringSplitOptions.RemoveEmptyEntries),
        FlaggedAt = DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture),
        State = (ReviewState)reader.GetInt32(10),
        ResolvedAt = reader.IsDBNull(11) ? null : DateTimeOffset.Parse(
            reader.GetString(11),
            CultureInfo.InvariantCulture),
        Note = reader.IsDBNull(12) ? null : reader.GetString(12),
    };

    private static string Parameters(SqliteCommand command, string prefix, IEnumerable<string> values) =>
        SqliteFiles.InList(command, prefix, values);

    private static void Add(SqliteCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
}
