// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Options;
using SalesCognition.Graph.Storage.Neo4j;

namespace SalesCognition.Graph.Storage;

/// <summary>
/// Checks the provider choice of <see cref="GraphStoreOptions"/> at start-up, and the Neo4j settings only when Neo4j
/// is chosen (the generated <see cref="GraphStoreOptionsValidator"/> checks the rest).
/// </summary>
internal sealed class GraphProviderValidator : IValidateOptions<GraphStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var builder = new ValidateOptionsResultBuilder();
        if (!options.UsesNeo4j &&
            !string.Equals(options.Provider, GraphStoreOptions.EmbeddedProvider, StringComparison.OrdinalIgnoreCase))
        {
            builder.AddError(
                $"Graph:Provider must be '{GraphStoreOptions.EmbeddedProvider}' or '{GraphStoreOptions.Neo4jProvider}', " +
                $"was '{options.Provider}'",
                nameof(GraphStoreOptions.Provider));
        }

        if (options.UsesNeo4j)
        {
            foreach (var (property, error) in Neo4jOptionsValidator.Errors(options.Neo4j ?? new(), "Graph:Neo4j:"))
            {
                builder.AddError($"{error} (Graph:Provider is neo4j)", $"{nameof(GraphStoreOptions.Neo4j)}.{property}");
            }
        }

        return builder.Build();
    }
}
