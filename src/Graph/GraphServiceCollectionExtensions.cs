// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Review;
using SalesCognition.Graph.Review.Sqlite;
using SalesCognition.Graph.Schema;
using SalesCognition.Graph.Storage;
using SalesCognition.Graph.Storage.Neo4j;
using SalesCognition.Graph.Storage.Sqlite;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the ontology and the graph store (embedded SQLite, or Neo4j when configured).</summary>
public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Adds the ontology (loaded and validated from <see cref="GraphStoreOptions.OntologyPath"/>) and the graph store:
    /// SQLite in the data folder, or Neo4j when <see cref="GraphStoreOptions.Provider"/> is <c>neo4j</c>. Review flags
    /// stay in the data folder's SQLite file with either.
    /// </summary>
    public static IServiceCollection AddGraph(
        this IServiceCollection services,
        Action<GraphStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<GraphStoreOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphStoreOptions>, GraphStoreOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphStoreOptions>, GraphProviderValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => OntologyLoader.Load(sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value.OntologyPath));
        services.TryAddSingleton<IGraphStore>(sp =>
        {
            var graph = sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value;
            return graph.UsesNeo4j
                ? OpenNeo4j(graph.Neo4j, sp)
                : new SqliteGraphStore(
                    graph.DatabasePath,
                    sp.GetRequiredService<Ontology>(),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<SqliteGraphStore>>());
        });
        services.TryAddSingleton<IReviewFlagStore>(sp => new SqliteReviewFlagStore(
            sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value.DatabasePath));
        return services;
    }

    private static Neo4jGraphStore OpenNeo4j(Neo4jOptions options, IServiceProvider services)
    {
        // The store owns this client; Neo4jOptions.Timeout bounds each request, not HttpClient.Timeout.
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        try
        {
            return new Neo4jGraphStore(
                client,
                ownsClient: true,
                options,
                services.GetRequiredService<Ontology>(),
                services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILogger<Neo4jGraphStore>>());
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
