// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Review;
using SalesCognition.Graph.Storage;
using SalesCognition.Retrieval.Liveness;
using SalesCognition.Retrieval.Liveness.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the liveness ledger, its background recorder and the knowledge manager's operations.</summary>
public static class LivenessServiceCollectionExtensions
{
    /// <summary>
    /// Adds the usage ledger in <c>liveness.db</c> of the data folder, the <see cref="LedgerUsageRecorder"/> as the
    /// <see cref="IUsageRecorder"/> (replacing the no-op default of <c>AddRetrieval</c>), <see cref="LivenessManager"/>, and
    /// the <see cref="INeedsReviewSource"/> that reads open flags from the graph's <see cref="IReviewFlagStore"/>.
    /// </summary>
    public static IServiceCollection AddLiveness(
        this IServiceCollection services,
        Action<LivenessOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<LivenessOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LivenessOptions>, LivenessOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new UsageLedger(
            Path.Combine(sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value.DataDirectory, "liveness.db")));
        services.TryAddSingleton(sp => new LedgerUsageRecorder(
            sp.GetRequiredService<UsageLedger>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<LivenessOptions>>(),
            sp.GetRequiredService<ILogger<LedgerUsageRecorder>>()));
        services.Replace(ServiceDescriptor.Singleton<IUsageRecorder>(sp => sp.GetRequiredService<LedgerUsageRecorder>()));
        // The news flagger's store when the graph registered one (AddGraph does); otherwise no entry has flags.
        services.TryAddSingleton<INeedsReviewSource>(sp => sp.GetService<IReviewFlagStore>() is { } store
            ? new ReviewFlagNeedsReviewSource(store)
            : new NoNeedsReviewFlags());
        services.TryAddSingleton<LivenessManager>();
        return services;
    }
}
