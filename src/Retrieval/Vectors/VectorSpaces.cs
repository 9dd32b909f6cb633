// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.AI;

namespace SalesCognition.Retrieval.Vectors;

/// <summary>Derives the vector space an embedding generator produces.</summary>
public static class VectorSpaces
{
    /// <summary>The model id and dimension the generator states, compared by cosine.</summary>
    /// <exception cref="InvalidOperationException">The generator does not state its dimensions.</exception>
    public static VectorSpace Of(IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        ArgumentNullException.ThrowIfNull(generator);

        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();
        return new VectorSpace(
            metadata?.DefaultModelId ?? generator.GetType().Name,
            metadata?.DefaultModelDimensions ?? throw new InvalidOperationException("The embedding generator does " +
                "not state its dimensions."));
    }
}
