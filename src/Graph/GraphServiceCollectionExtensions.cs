// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Review;
using SalesCognition.Graph.Review.Sqlite;
using SalesCognition.Graph.Schema;
using SalesCognition.Graph.Storage;
using SalesCognition.Graph.Storage.Sqlite;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the ontology and the embedded graph store.</summary>
public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Adds the ontology (loaded and validated from <see cref="GraphStoreOptions.OntologyPath"/>) and the SQLite graph store.
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
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => OntologyLoader.Load(sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value.OntologyPath));
        services.TryAddSingleton<IGraphStore>(sp => new SqliteGraphStore(
            sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value.DatabasePath,
            sp.GetRequiredService<Ontology>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SqliteGraphStore>>()));
        services.TryAddSingleton<IReviewFlagStore>(sp => new SqliteReviewFlagStore(
            sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value.DatabasePath));
        return services;
    }
}
