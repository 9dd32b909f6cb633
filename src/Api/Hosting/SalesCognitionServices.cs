// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Storage;

namespace SalesCognition.Api.Hosting;

/// <summary>Wires the whole service (graph, retrieval, ingestion) for both the command line and the server.</summary>
internal static class SalesCognitionServices
{
    /// <summary>
    /// Adds every component, bound to configuration sections <c>Graph</c>, <c>Retrieval</c> and <c>Ingestion</c>.
    /// </summary>
    public static IServiceCollection AddSalesCognition(
        this IServiceCollection services,
        IConfiguration configuration,
        string dataDirectory)
    {
        services.AddOptions<GraphStoreOptions>().Bind(configuration.GetSection("Graph"));
        services.AddGraph(options =>
        {
            options.DataDirectory = dataDirectory;
            if (!Path.IsPathRooted(options.OntologyPath) && !Directory.Exists(options.OntologyPath))
            {
                options.OntologyPath = Path.Combine(AppContext.BaseDirectory, options.OntologyPath);
            }
        });
        services.AddOptions<SalesCognition.Retrieval.Search.RetrievalOptions>().Bind(configuration.GetSection("Retrieval"));
        services.AddOptions<SalesCognition.Retrieval.Embeddings.MiniLmOptions>().Bind(configuration.GetSection("Embeddings:MiniLm"));
        services.AddOptions<SalesCognition.Retrieval.Embeddings.EmbeddingOptions>().Bind(configuration.GetSection("Embeddings"));
        services.AddRetrieval();
        services.AddOptions<SalesCognition.Retrieval.Liveness.LivenessOptions>().Bind(configuration.GetSection("Liveness"));
        services.AddLiveness();
        services.AddOptions<SalesCognition.Ingestion.Pipeline.IngestionOptions>().Bind(configuration.GetSection("Ingestion"));
        services.AddIngestion();
        services.AddOptions<SalesCognition.Retrieval.Reasoning.CaseMatching.CaseMatchOptions>()
            .Bind(configuration.GetSection("CaseMatching"));
        services.AddCaseMatching();
        services.AddHostedService<StoreInitializer>();
        return services;
    }

    /// <summary>
    /// The data folder: <paramref name="requested"/> (from <c>--data</c>), else <c>SALESCOG_DATA</c>,
    /// else <c>.salescog</c> under the current directory.
    /// </summary>
    public static string ResolveDataDirectory(string? requested) =>
        Path.GetFullPath(
            !string.IsNullOrWhiteSpace(requested) ? requested
            : Environment.GetEnvironmentVariable("SALESCOG_DATA") is { Length: > 0 } fromEnvironment ? fromEnvironment
            : ".salescog");
}
