// Copyright (c) SalesCognition. All rights reserved.

using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using OpenAI;
using SalesCognition.Retrieval.Embeddings.Internal;

namespace SalesCognition.Retrieval.Embeddings;

/// <summary>
/// Builds an embedding generator over an OpenAI-compatible endpoint with Semantic Kernel's OpenAI connector.
/// </summary>
public static class OpenAiCompatibleEmbeddings
{
    /// <summary>
    /// Creates the generator described by <paramref name="options"/>; its metadata states the configured model and
    /// dimension, which the vector index records.
    /// </summary>
    /// <param name="options">Endpoint, model and dimension; all three are required.</param>
    /// <param name="environment">
    /// Reads an environment variable (the key); <see cref="Environment.GetEnvironmentVariable(string)"/> when null.
    /// </param>
    /// <exception cref="InvalidOperationException">A setting or the key is missing.</exception>
    public static IEmbeddingGenerator<string, Embedding<float>> Create(
        EmbeddingOptions options,
        Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);

        environment ??= Environment.GetEnvironmentVariable;
        if (options.Endpoint is null || string.IsNullOrWhiteSpace(options.Model) || options.Dimensions is not > 0)
        {
            throw new InvalidOperationException(
                "Embeddings:Provider is 'openai' but Embeddings:Endpoint, Embeddings:Model and Embeddings:Dimensions " +
                    "are not all set.");
        }

        string key = environment(options.ApiKeyVariable)
            ?? throw new InvalidOperationException(
                "The embedding endpoint's API key is missing: " +
                $"set the environment variable {options.ApiKeyVariable}.");
        var client = new OpenAIClient(
            new ApiKeyCredential(key),
            new OpenAIClientOptions { Endpoint = options.Endpoint });
        IKernelBuilder builder = Kernel.CreateBuilder();
        // The dimensions overload is marked experimental in Semantic Kernel 1.82; it is the only one that takes a client.
#pragma warning disable SKEXP0010
        builder.AddOpenAIEmbeddingGenerator(options.Model, client, options.Dimensions);
#pragma warning restore SKEXP0010
        var inner = builder.Build().Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        return new ConfiguredEmbeddingGenerator(
            inner,
            new EmbeddingGeneratorMetadata(EmbeddingOptions.OpenAiProvider, options.Endpoint, options.Model, options.Dimensions));
    }
}
