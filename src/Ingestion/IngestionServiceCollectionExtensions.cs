// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesCognition.Ingestion.Adopters;
using SalesCognition.Ingestion.Crm;
using SalesCognition.Ingestion.Markdown;
using SalesCognition.Ingestion.Mlps;
using SalesCognition.Ingestion.News;
using SalesCognition.Ingestion.Oscal;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Ingestion.Reindexing;
using SalesCognition.Ingestion.Sources;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the ingestion pipeline and its readers.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Adds the readers (OSCAL JSON, Markdown) and the pipeline; needs <c>AddGraph</c> and <c>AddRetrieval</c>.
    /// </summary>
    public static IServiceCollection AddIngestion(
        this IServiceCollection services,
        Action<IngestionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<IngestionOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestionOptions>, IngestionOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceReader, OscalReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceReader, MlpsRequirementsReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceReader, MlpsRemediationReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceReader, CrmCsvReader>());
        // Before Markdown: an adopters list is a Markdown file too, but one case per paragraph.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceReader, AdoptersReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceReader, NewsFeedReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceReader, ChangelogReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceReader, MarkdownReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceChangeObserver, ReviewFlagger>());
        services.TryAddSingleton<TokenVectorWarmer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceChangeObserver, TokenVectorWarmer>(
            sp => sp.GetRequiredService<TokenVectorWarmer>()));
        services.TryAddSingleton<ReviewService>();
        services.TryAddSingleton<ProductFactsService>();
        services.TryAddSingleton<IngestionPipeline>();
        services.TryAddSingleton<VectorReindexer>();
        return services;
    }
}
