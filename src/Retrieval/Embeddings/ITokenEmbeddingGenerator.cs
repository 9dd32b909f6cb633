// Copyright (c) SalesCognition. All rights reserved.

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
}
