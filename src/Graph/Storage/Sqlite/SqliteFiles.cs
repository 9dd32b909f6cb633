// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Data.Sqlite;

namespace SalesCognition.Graph.Storage.Sqlite;

/// <summary>How every embedded store opens its SQLite file: folder created, read-write-create, pooled, 30 s busy wait.</summary>
public static class SqliteFiles
{
    /// <summary>Creates the file's folder if needed and returns the connection string the stores share.</summary>
    public static string ConnectionString(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);

        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Opens a connection with <paramref name="connectionString"/> (from <see cref="ConnectionString"/>).</summary>
    public static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs one statement (or several, without parameters) that returns no rows.</summary>
    public static async Task ExecuteAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds one parameter per value (named <paramref name="prefix"/>0, 1, ...) and returns their names joined by
    /// commas, for an <c>IN (...)</c> list.
    /// </summary>
    public static string InList(SqliteCommand command, string prefix, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(values);

        var names = new List<string>();
        foreach (var value in values)
        {
            var name = prefix + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, value);
            names.Add(name);
        }

        return string.Join(", ", names);
    }
}
