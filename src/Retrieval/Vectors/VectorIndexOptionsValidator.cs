// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Options;
using SalesCognition.Retrieval.Vectors.Qdrant;

namespace SalesCognition.Retrieval.Vectors;

/// <summary>Checks <see cref="VectorIndexOptions"/> at start-up; the Qdrant settings only when Qdrant is chosen.</summary>
internal sealed class VectorIndexOptionsValidator : IValidateOptions<VectorIndexOptions>
{
    public ValidateOptionsResult Validate(string? name, VectorIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var builder = new ValidateOptionsResultBuilder();
        if (!options.UsesQdrant &&
            !string.Equals(options.Provider, VectorIndexOptions.EmbeddedProvider, StringComparison.OrdinalIgnoreCase))
        {
            builder.AddError(
                $"Vectors:Provider must be '{VectorIndexOptions.EmbeddedProvider}' or " +
                $"'{VectorIndexOptions.QdrantProvider}', was '{options.Provider}'",
                nameof(VectorIndexOptions.Provider));
        }

        if (options.UsesQdrant)
        {
            foreach (var (property, error) in QdrantOptionsValidator.Errors(options.Qdrant ?? new(), "Vectors:Qdrant:"))
            {
                builder.AddError(
                    $"{error} (Vectors:Provider is qdrant)",
                    $"{nameof(VectorIndexOptions.Qdrant)}.{property}");
            }
        }

        return builder.Build();
    }
}
