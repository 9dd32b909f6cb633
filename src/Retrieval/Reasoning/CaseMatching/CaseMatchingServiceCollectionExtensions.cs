// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesCognition.Retrieval.Reasoning.CaseMatching;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers case matching.</summary>
public static class CaseMatchingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="CaseMatcher"/> and its validated options; needs <c>AddGraph</c> and <c>AddRetrieval</c>.
    /// </summary>
    public static IServiceCollection AddCaseMatching(
        this IServiceCollection services,
        Action<CaseMatchOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<CaseMatchOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CaseMatchOptions>, CaseMatchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CaseMatcher>();
        return services;
    }
}
