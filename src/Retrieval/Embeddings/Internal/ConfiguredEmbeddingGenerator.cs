// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.AI;

namespace SalesCognition.Retrieval.Embeddings.Internal;

/// <summary>Passes calls through and reports the configured model and dimension as its metadata.</summary>
internal sealed class ConfiguredEmbeddingGenerator(
    IEmbeddingGenerator<string, Embedding<float>> inner,
    EmbeddingGeneratorMetadata metadata) : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata) && serviceKey is null ? metadata : base.GetService(
            serviceType,
            serviceKey);
}
