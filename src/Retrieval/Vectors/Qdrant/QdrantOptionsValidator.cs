// Copyright (c) SalesCognition. All rights reserved.

using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SalesCognition.Retrieval.Vectors.Qdrant;

/// <summary>Checks <see cref="QdrantOptions"/> before the index is opened and at host start-up.</summary>
internal sealed partial class QdrantOptionsValidator : IValidateOptions<QdrantOptions>
{
    /// <summary>The longest request timeout accepted.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, QdrantOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var builder = new ValidateOptionsResultBuilder();
        foreach (var (property, error) in Errors(options, "Vectors:Qdrant:"))
        {
            builder.AddError(error, property);
        }

        return builder.Build();
    }

    /// <summary>Every problem of <paramref name="options"/>, each with the configuration key it concerns.</summary>
    public static IEnumerable<(string Property, string Error)> Errors(QdrantOptions options, string keyPrefix)
    {
        if (options.Url is null)
        {
            yield return (nameof(QdrantOptions.Url), $"{keyPrefix}Url is required: the Qdrant REST address, for " +
                "example http://localhost:6333");
        }
        else if (!options.Url.IsAbsoluteUri || (options.Url.Scheme != Uri.UriSchemeHttp &&
            options.Url.Scheme != Uri.UriSchemeHttps))
        {
            yield return (nameof(QdrantOptions.Url), $"{keyPrefix}Url must be an absolute http:// or https:// " +
                $"address, was '{options.Url.OriginalString}'");
        }

        if (string.IsNullOrWhiteSpace(options.Collection) || !CollectionName().IsMatch(options.Collection))
        {
            yield return (nameof(QdrantOptions.Collection), $"{keyPrefix}Collection must be 1 to 255 letters, digits, " +
                $"'-' or '_', was '{options.Collection}'");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKeyVariable))
        {
            yield return (nameof(QdrantOptions.ApiKeyVariable), $"{keyPrefix}ApiKeyVariable must name an environment " +
                "variable");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > MaxTimeout)
        {
            yield return (nameof(QdrantOptions.Timeout), $"{keyPrefix}Timeout must be above zero and at most " +
                $"{MaxTimeout}, was {options.Timeout}");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,255}$")]
    private static partial Regex CollectionName();
}
