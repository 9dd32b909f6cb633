// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Data.Sqlite;

namespace SalesCognition.Graph.Tests.Storage;

/// <summary>A temporary folder that holds one real SQLite graph file per test; deleted when the tests end.</summary>
public sealed class SqliteGraphStoreFixture : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("salescog-graph-tests-");

    /// <summary>A path for a new database file, in a folder that does not exist yet.</summary>
    public string NewDatabasePath() => Path.Combine(_root.FullName, Guid.NewGuid().ToString("N"), "graph.db");

    public void Dispose()
    {
        // Pooled connections keep the files open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        _root.Delete(recursive: true);
    }
}
