// Copyright (c) SalesCognition. All rights reserved.

using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SalesCognition.Graph.Storage.Sqlite;

namespace SalesCognition.Retrieval.Vectors;

/// <summary>
/// The embedded vector index: vectors persisted in a SQLite file (one row per distinct text), and an in-memory
/// copy per tenant that searches scan exactly with <see cref="TensorPrimitives"/>.
/// </summary>
public sealed partial class EmbeddedVectorIndex : IVectorIndex
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Lock _tenantsLock = new();
    private readonly Dictionary<string, TenantVectors> _tenants = new(StringComparer.Ordinal);

    private EmbeddedVectorIndex(string connectionString, VectorSpace space)
    {
        _connectionString = connectionString;
        Space = space;
    }

    /// <inheritdoc />
    public VectorSpace Space { get; }

    /// <summary>
    /// Opens (or creates) the index in <paramref name="path"/> for vectors of <paramref name="space"/>.
    /// </summary>
    /// <exception cref="VectorSpaceMismatchException">The file holds vectors of another model, dimension or distance.</exception>
    public static async Task<EmbeddedVectorIndex> OpenAsync(
        string path,
        VectorSpace space,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentOutOfRangeException.ThrowIfLessThan(space.Dimensions, 1);

        var connectionString = SqliteFiles.ConnectionString(path);
        var index = new EmbeddedVectorIndex(connectionString, space);
        await index.InitializeAsync(cancellationToken).ConfigureAwait(false);
        return index;
    }

    /// <inheritdoc />
    public void Dispose() => _writeLock.Dispose();

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            null,
            """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS space (model TEXT NOT NULL, dimensions INTEGER NOT NULL, distance TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS embeddings (content_hash TEXT PRIMARY KEY, vector BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS entries (
                tenant TEXT NOT NULL, entry_id TEXT NOT NULL, source_id TEXT NOT NULL, content_hash TEXT NOT NULL,
                PRIMARY KEY (tenant, entry_id));
            CREATE INDEX IF NOT EXISTS entries_by_source ON entries (tenant, source_id);
            CREATE TABLE IF NOT EXISTS passages (
                tenant TEXT NOT NULL, entry_id TEXT NOT NULL, ordinal INTEGER NOT NULL, content_hash TEXT NOT NULL,
                PRIMARY KEY (tenant, entry_id, ordinal));
            """,
            cancellationToken).ConfigureAwait(false);

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT model, dimensions, distance FROM space";
        VectorSpace? stored = null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stored = new VectorSpace(reader.GetString(0), reader.GetInt32(1), reader.GetString(2));
            }
        }

        if (stored is null)
        {
            await ExecuteAsync(
                connection,
                null,
                "INSERT INTO space (model, dimensions, distance) VALUES ($m, $d, $dist)",
                cancellationToken,
                ("$m", Space.ModelId),
                ("$d", Space.Dimensions),
                ("$dist", Space.Distance)).ConfigureAwait(false);
        }
        else if (stored != Space)
        {
            throw new VectorSpaceMismatchException(stored, Space);
        }
    }

    private Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        SqliteFiles.OpenAsync(_connectionString, cancellationToken);

    private static Task ExecuteAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters) =>
        SqliteFiles.ExecuteAsync(connection, transaction, sql, cancellationToken, parameters);

    private static byte[] ToBytes(ReadOnlyMemory<float> vector) => MemoryMarshal.AsBytes(vector.Span).ToArray();

    private static float[] FromBytes(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();
}
