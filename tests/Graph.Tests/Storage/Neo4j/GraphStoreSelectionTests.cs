// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Review;
using SalesCognition.Graph.Review.Sqlite;
using SalesCognition.Graph.Storage;
using SalesCognition.Graph.Storage.Neo4j;
using SalesCognition.Graph.Storage.Sqlite;
using SalesCognition.Testing;

namespace SalesCognition.Graph.Tests.Storage.Neo4j;

/// <summary>Which graph store <c>AddGraph</c> registers for <c>Graph:Provider</c>.</summary>
public sealed class GraphStoreSelectionTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("salescog-graph-selection-");

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public void AddGraph_DefaultProvider_ResolvesTheSqliteStore()
    {
        using var services = Build(_ => { });

        Assert.IsType<SqliteGraphStore>(services.GetRequiredService<IGraphStore>());
    }

    [Fact]
    public void AddGraph_Neo4jProvider_ResolvesTheNeo4jStoreAndKeepsReviewFlagsInSqlite()
    {
        using var services = Build(options =>
        {
            options.Provider = "neo4j";
            options.Neo4j.Uri = new Uri("http://neo4j.test:7474");
        });

        Assert.IsType<Neo4jGraphStore>(services.GetRequiredService<IGraphStore>());
        Assert.IsType<SqliteReviewFlagStore>(services.GetRequiredService<IReviewFlagStore>());
    }

    [Fact]
    public void AddGraph_Neo4jProviderWithoutUri_FailsValidationNamingTheKey()
    {
        using var services = Build(options => options.Provider = "neo4j");

        var error = Assert.Throws<OptionsValidationException>(
            () => services.GetRequiredService<IOptions<GraphStoreOptions>>().Value);

        Assert.Contains("Graph:Neo4j:Uri is required", error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Build(Action<GraphStoreOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGraph(options =>
        {
            options.DataDirectory = _data.FullName;
            options.OntologyPath = RepositoryPaths.Ontologies;
            configure(options);
        });
        return services.BuildServiceProvider();
    }
}
