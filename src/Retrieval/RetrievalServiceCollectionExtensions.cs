// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Schema;
using SalesCognition.Graph.Storage;
using SalesCognition.Retrieval.Embeddings;
using SalesCognition.Retrieval.Reasoning.GapAnalysis;
using SalesCognition.Retrieval.Liveness;
using SalesCognition.Retrieval.Search;
using SalesCognition.Retrieval.Text;
using SalesCognition.Retrieval.Vectors;
using SalesCognition.Retrieval.Vectors.Qdrant;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the text index, the vector index, the embedding model and hybrid search.</summary>
public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// Adds the retrieval stack in the data folder of <see cref="GraphStoreOptions"/>: Lucene under <c>text/</c>,
    /// vectors in <c>vectors.db</c> (or in Qdrant when the <c>Vectors</c> section says <c>Provider: qdrant</c>), the token
    /// vectors re-ranking keeps in <c>token-vectors.db</c>, and the local MiniLM model unless an embedding generator is
    /// registered.
    /// </summary>
    public static IServiceCollection AddRetrieval(
        this IServiceCollection services,
        Action<RetrievalOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<RetrievalOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RetrievalOptions>, RetrievalOptionsValidator>());
        services.AddOptions<MiniLmOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MiniLmOptions>, MiniLmOptionsValidator>());
        services.AddOptions<EmbeddingOptions>();
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
            sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value is { Provider: EmbeddingOptions.OpenAiProvider } remote
                ? OpenAiCompatibleEmbeddings.Create(remote)
                : new MiniLmEmbeddingGenerator(
                    sp.GetRequiredService<IOptions<MiniLmOptions>>().Value,
                    sp.GetRequiredService<ILogger<MiniLmEmbeddingGenerator>>()));
        services.TryAddSingleton<ITextIndex>(sp =>
        {
            // Ontology names, aliases and codes become single terms of the Chinese dictionary before any text is analysed.
            if (sp.GetService<Ontology>() is { } ontology)
            {
                LuceneTextIndex.AddDomainTerms(ontology.Entities.SelectMany(e => e.Aliases.Append(e.Name).Append(e.Key)));
            }

            return new LuceneTextIndex(
                Path.Combine(sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value.DataDirectory, "text"),
                sp.GetRequiredService<ILogger<LuceneTextIndex>>());
        });
        services.AddOptions<VectorIndexOptions>().ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IConfigureOptions<VectorIndexOptions>, VectorIndexOptionsSetup>());
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<VectorIndexOptions>, VectorIndexOptionsValidator>());
        services.TryAddSingleton<IVectorIndex>(sp =>
        {
            var space = VectorSpaces.Of(sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
            if (sp.GetRequiredService<IOptions<VectorIndexOptions>>().Value is { UsesQdrant: true } vectors)
            {
                return OpenQdrant(vectors.Qdrant, space, sp.GetRequiredService<ILogger<QdrantVectorIndex>>());
            }

            var path = Path.Combine(
                sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value.DataDirectory,
                "vectors.db");

            // Opening is quick (schema check and the model guard); it runs once, at start-up, with no synchronisation context.
            return EmbeddedVectorIndex.OpenAsync(path, space).GetAwaiter().GetResult();
        });
        services.TryAddSingleton(sp => TokenVectorCache.OpenAsync(
                Path.Combine(sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value.DataDirectory, "token-vectors.db"),
                TokenVectorCache.ModelKey(sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>()),
                sp.GetRequiredService<IOptions<RetrievalOptions>>().Value.TokenCacheMegabytes * 1024L * 1024L,
                sp.GetRequiredService<ILogger<TokenVectorCache>>(),
                VectorSpaces.Of(sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>()).Dimensions)
            .GetAwaiter()
            .GetResult());
        services.TryAddSingleton<HybridSearcher>();
        services.TryAddSingleton<GapAnalyzer>();
        services.TryAddSingleton<IUsageRecorder>(NullUsageRecorder.Instance);
        return services;
    }

    private static QdrantVectorIndex OpenQdrant(QdrantOptions options, VectorSpace space, ILogger logger)
    {
        // The index owns this client; QdrantOptions.Timeout bounds each request, not HttpClient.Timeout.
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        try
        {
            // Like the embedded index: opened once at start-up (collection check and the model guard).
            return QdrantVectorIndex
                .OpenAsync(client, ownsClient: true, options, space, logger, CancellationToken.None)
                .GetAwaiter()
                .GetResult();
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
