// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.AI;

namespace SalesCognition.Retrieval.Embeddings;

/// <summary>
/// The contextual vector of every token of a text, for late-interaction scoring (each query token against its best
/// match among a document's tokens). Reached through <c>IEmbeddingGenerator.GetService</c>; the local model offers it,
/// an embedding endpoint (which returns one vector per text) does not.
/// </summary>
public interface ITokenEmbeddingGenerator
{
    /// <summary>
    /// For each text, in order, the ids and unit-length vectors of its word pieces (within the model's token window;
    /// none for a text without word pieces).
    /// </summary>
    /// <exception cref="ArgumentException">A text is <see langword="null"/>.</exception>
    Task<IReadOnlyList<TokenVectors>> GenerateTokenVectorsAsync(
        IReadOnlyList<string> texts,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// For each text, its embedding and its token vectors. A model that can gives both from one run over the texts
    /// (ingestion then pays once for what it indexes and re-ranks); by default the two are made one after the other.
    /// </summary>
    /// <exception cref="NotSupportedException">The generator is no embedding generator as well.</exception>
    async Task<(GeneratedEmbeddings<Embedding<float>> Embeddings, IReadOnlyList<TokenVectors> Tokens)> GenerateWithTokenVectorsAsync(
        IReadOnlyList<string> texts,
        CancellationToken cancellationToken = default)
    {
        if (this is not IEmbeddingGenerator<string, Embedding<float>> embeddings)
        {
            throw new NotSupportedException($"{GetType().Name} makes token vectors only.");
        }

        var pooled = await embeddings.GenerateAsync(texts, cancellationToken: cancellationToken).ConfigureAwait(false);
        return (pooled, await GenerateTokenVectorsAsync(texts, cancellationToken).ConfigureAwait(false));
    }
}
