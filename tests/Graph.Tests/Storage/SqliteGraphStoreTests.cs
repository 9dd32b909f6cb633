// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;
using SalesCognition.Graph.Storage;
using SalesCognition.Graph.Storage.Sqlite;
using static SalesCognition.Graph.Tests.Storage.GraphTestData;
using SalesCognition.Testing;

namespace SalesCognition.Graph.Tests.Storage;

/// <summary>The graph store contract on a real SQLite file, plus what is particular to the embedded store.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContractTests, IClassFixture<SqliteGraphStoreFixture>
{
    private readonly SqliteGraphStoreFixture _fixture;
    private readonly string _databasePath;

    public SqliteGraphStoreTests(SqliteGraphStoreFixture fixture)
    {
        _fixture = fixture;
        _databasePath = fixture.NewDatabasePath();
    }

    protected override Task<IGraphStore> OpenStoreAsync() =>
        Task.FromResult<IGraphStore>(
            new SqliteGraphStore(_databasePath, Ontology, Time, new FakeLogger<SqliteGraphStore>(Logs)));

    protected override Task CloseStoreAsync(IGraphStore store)
    {
        ((SqliteGraphStore)store).Dispose();
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    [Fact]
    public void Constructor_MissingFolder_CreatesIt()
    {
        var path = _fixture.NewDatabasePath();

        using var store = new SqliteGraphStore(
            path,
            Ontology,
            TimeProvider.System,
            NullLogger<SqliteGraphStore>.Instance);

        Assert.True(Directory.Exists(Path.GetDirectoryName(path)));
    }

    [Fact]
    public async Task InitializeAsync_NewPath_CreatesDatabaseFile()
    {
        var path = _fixture.NewDatabasePath();
        using var store = new SqliteGraphStore(
            path,
            Ontology,
            TimeProvider.System,
            NullLogger<SqliteGraphStore>.Instance);

        await store.InitializeAsync();

        Assert.True(new FileInfo(path).Length > 0);
    }

    [Fact]
    public async Task InitializeAsync_RepositoryOntology_SeedsEveryEntityWithAliases()
    {
        var ontology = OntologyLoader.Load(RepositoryPaths.Ontologies);
        using var store = new SqliteGraphStore(
            _fixture.NewDatabasePath(),
            ontology,
            TimeProvider.System,
            NullLogger<SqliteGraphStore>.Instance);

        await store.InitializeAsync();

        Assert.Equal(ontology.Entities.Count, (await store.CountAsync(TenantIds.Default)).Nodes);
        var standards = await store.ListNodesAsync(TenantIds.Default, "Standard");
        Assert.Contains(
            "等保2.0",
            Assert.Single(standards, n => n.Node.Id == NodeId.For("Standard", "mlps-2.0")).Aliases);
    }

    [Fact]
    public async Task CommitSourceAsync_Always_StampsIngestedAtFromTimeProvider()
    {
        var commit = new SourceCommit { Source = Source("docs/clock.md", "v1") };
        Time.Advance(TimeSpan.FromHours(5));

        await Store.CommitSourceAsync(commit);

        var source = await Store.GetSourceAsync(TenantIds.Default, "docs/clock.md");
        Assert.Equal(Time.GetUtcNow(), source?.IngestedAt);
        Assert.NotEqual(commit.Source.IngestedAt, source?.IngestedAt);
    }

    [Fact]
    public async Task CommitSourceAsync_TwoStoresOverOneFile_BothCommitsLand()
    {
        using var other = new SqliteGraphStore(_databasePath, Ontology, Time, NullLogger<SqliteGraphStore>.Instance);
        var shared = NodeId.For("Feature", "Audit logs");
        var left = Enumerable.Range(0, 10).Select(i => SharingCommit($"docs/left-{i}.md", shared)).ToList();
        var right = Enumerable.Range(0, 10).Select(i => SharingCommit($"docs/right-{i}.md", shared)).ToList();

        await Task.WhenAll(
            Task.Run(async () => { foreach (var c in left) { await Store.CommitSourceAsync(c); } }),
            Task.Run(async () => { foreach (var c in right) { await other.CommitSourceAsync(c); } }));

        Assert.Equal(20, (await Store.ListSourcesAsync(TenantIds.Default)).Count);
        Assert.Equal(20, (await other.GetRelationsAsync(TenantIds.Default, shared)).Count);
        Assert.Single(await Store.GetNodesAsync(TenantIds.Default, [shared]));
    }

    private static SourceCommit SharingCommit(string sourceId, string featureId)
    {
        var document = Node("Document", sourceId);
        return new SourceCommit
        {
            Source = Source(sourceId, "v1"),
            Nodes = [document, Node("Feature", "Audit logs")],
            Relations = [Relation("describes", document.Id, featureId)],
            Entries = [Entry(sourceId, 0, "Audit logs in " + sourceId, new EntityMention(featureId, "audit logs"))],
        };
    }
}
