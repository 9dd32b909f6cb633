// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Data.Sqlite;

namespace SalesCognition.Retrieval.Vectors;

/// <summary>
/// File-level operations on an <see cref="EmbeddedVectorIndex"/> file that need no model check: reading what it holds,
/// folding its write-ahead log into the file, and swapping a rebuilt file in place of the live one.
/// </summary>
public static class VectorIndexFile
{
    private static readonly string[] Sidecars = ["-wal", "-shm", "-journal"];

    /// <summary>The space recorded in the file, or null when the file is missing or records none.</summary>
    public static async Task<VectorSpace?> ReadSpaceAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        if (!File.Exists(path))
        {
            return null;
        }

        await using var connection = await OpenAsync(path, cancellationToken).ConfigureAwait(false);
        if (!await HasTableAsync(connection, "space", cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT model, dimensions, distance FROM space";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new VectorSpace(reader.GetString(0), reader.GetInt32(1), reader.GetString(2))
            : null;
    }

    /// <summary>The tenants that have vectors in the file (none when the file is missing).</summary>
    public static async Task<IReadOnlyList<string>> ReadTenantsAsync(
        string path,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        if (!File.Exists(path))
        {
            return [];
        }

        await using var connection = await OpenAsync(path, cancellationToken).ConfigureAwait(false);
        if (!await HasTableAsync(connection, "entries", cancellationToken).ConfigureAwait(false))
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT tenant FROM entries ORDER BY tenant";
        var tenants = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tenants.Add(reader.GetString(0));
        }

        return tenants;
    }

    /// <summary>
    /// Closes this process's pooled connections and folds the write-ahead log into the file, so the file alone holds
    /// every committed vector and can be moved.
    /// </summary>
    /// <exception cref="IOException">Another process has the file open.</exception>
    public static async Task SealAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        SqliteConnection.ClearAllPools();
        if (!File.Exists(path))
        {
            return;
        }

        await using (var connection = await OpenAsync(path, cancellationToken).ConfigureAwait(false))
        {
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await using var journal = connection.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode = DELETE";
            string? mode;
            try
            {
                await checkpoint.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                mode = await journal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
            {
                throw new IOException(
                    $"'{path}' is in use by another process (stop the server on this data folder).",
                    ex);
            }

            // SQLite keeps WAL mode while another connection has the file open.
            if (!string.Equals(mode, "delete", StringComparison.OrdinalIgnoreCase))
            {
                throw new IOException($"'{path}' is in use by another process (stop the server on this data folder).");
            }
        }

        DeleteSidecars(path);
    }

    /// <summary>
    /// Puts the sealed file <paramref name="replacement"/> in place of <paramref name="path"/> with one rename.
    /// The previous file is kept as <paramref name="backupPath"/> until the rename has succeeded, then deleted;
    /// at every moment either the previous or the new file is complete at <paramref name="path"/>.
    /// </summary>
    public static async Task ReplaceAsync(
        string replacement,
        string path,
        string backupPath,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(replacement);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(backupPath);

        await SealAsync(replacement, cancellationToken).ConfigureAwait(false);
        if (File.Exists(path))
        {
            await SealAsync(path, cancellationToken).ConfigureAwait(false);
            File.Copy(path, backupPath, overwrite: true);
        }

        File.Move(replacement, path, overwrite: true);
        File.Delete(backupPath);
    }

    /// <summary>Deletes the file and its journal files, closing this process's pooled connections first.</summary>
    public static void Delete(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        SqliteConnection.ClearAllPools();
        File.Delete(path);
        DeleteSidecars(path);
    }

    private static void DeleteSidecars(string path)
    {
        foreach (var suffix in Sidecars)
        {
            File.Delete(path + suffix);
        }
    }

    private static async Task<SqliteConnection> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 5,
        }.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static async Task<bool> HasTableAsync(
        SqliteConnection connection,
        string table,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $n";
        command.Parameters.AddWithValue("$n", table);
        return Convert.ToInt64(
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
