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
}
