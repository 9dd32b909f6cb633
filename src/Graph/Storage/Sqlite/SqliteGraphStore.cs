// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using SalesCognition.Graph.Internal;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;

namespace SalesCognition.Graph.Storage.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode. Writes are serialised and each source's
/// contribution is replaced in one transaction, so a reader never sees half a source.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IDisposable
{
    private const string OntologySourceId = "ontology";

    private readonly string _connectionString;
    private readonly Ontology _ontology;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteGraphStore> _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Creates a store over the SQLite file at <paramref name="databasePath"/>.</summary>
    public SqliteGraphStore(string databasePath, Ontology ontology, TimeProvider time, ILogger<SqliteGraphStore> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(ontology);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);

        _connectionString = SqliteFiles.ConnectionString(databasePath);
        _ontology = ontology;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, SqliteSchema.Create, cancellationToken).ConfigureAwait(false);

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = (SqliteTransaction)await connection
                .BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await DeleteSourceRowsAsync(connection, transaction, TenantIds.Default, OntologySourceId, cancellationToken)
                .ConfigureAwait(false);
            foreach (var seed in _ontology.Entities)
            {
                var node = new GraphNode(
                    NodeId.For(seed.Type, seed.Key),
                    seed.Type,
                    NodeId.NormalizeKey(seed.Key),
                    seed.Name,
                    EmptyProperties);
                await UpsertNodeAsync(
                    connection,
                    transaction,
                    TenantIds.Default,
                    node,
                    OntologySourceId,
                    cancellationToken)
                    .ConfigureAwait(false);
                foreach (var alias in seed.Aliases)
                {
                    await InsertAliasAsync(
                        connection,
                        transaction,
                        TenantIds.Default,
                        node.Id,
                        alias,
                        OntologySourceId,
                        cancellationToken)
                        .ConfigureAwait(false);
                }
            }

            await DeleteOrphansAsync(
                connection,
                transaction,
                TenantIds.Default,
                cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }

        _logger.GraphStoreOpened(_ontology.Entities.Count);
    }

    /// <inheritdoc />
    public void Dispose() => _writeLock.Dispose();

    private static readonly IReadOnlyDictionary<string, string> EmptyProperties = new Dictionary<string, string>();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            null,
            "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;",
            cancellationToken)
            .ConfigureAwait(false);
        return connection;
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static SqliteCommand Command(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
