// Copyright (c) SalesCognition. All rights reserved.

using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using SalesCognition.Retrieval.Embeddings;

namespace SalesCognition.Testing;

/// <summary>
/// A fast, deterministic stand-in for the embedding model in tests that are not about embeddings: each word and
/// each CJK character is hashed into one of 64 dimensions, and the vector is normalised.
/// </summary>
/// <remarks>
/// With <c>tokens</c> it also offers <see cref="ITokenEmbeddingGenerator"/>: each word is a token, its vector the
/// one-hot of its hash bucket and its id the hash, so late interaction counts shared words.
/// </remarks>
internal sealed class HashingEmbeddingGenerator(string modelId = "test-hashing", int dimensions = 64, bool tokens = false)
    : IEmbeddingGenerator<string, Embedding<float>>, ITokenEmbeddingGenerator
{
    public int Calls { get; private set; }

    public int TextsEmbedded { get; private set; }

    /// <summary>Every text asked for token vectors, in order.</summary>
    public List<string> TokenTexts { get; } = [];

    /// <summary>Every text asked for its embedding and token vectors in one call, in order.</summary>
    public List<string> CombinedTexts { get; } = [];

    public async Task<(GeneratedEmbeddings<Embedding<float>> Embeddings, IReadOnlyList<TokenVectors> Tokens)> GenerateWithTokenVectorsAsync(
        IReadOnlyList<string> texts,
        CancellationToken cancellationToken = default)
    {
        lock (CombinedTexts)
        {
            CombinedTexts.AddRange(texts);
        }

        var pooled = await GenerateAsync(texts, cancellationToken: cancellationToken);
        return (pooled, await GenerateTokenVectorsAsync(texts, cancellationToken));
    }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var list = values.ToList();
        Calls++;
        TextsEmbedded += list.Count;
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(list.Select(Embed)));
    }

    public Task<IReadOnlyList<TokenVectors>> GenerateTokenVectorsAsync(
        IReadOnlyList<string> texts,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (TokenTexts)
        {
            TokenTexts.AddRange(texts);
        }

        return Task.FromResult<IReadOnlyList<TokenVectors>>([.. texts.Select(text =>
        {
            var words = Tokens(text.ToLowerInvariant()).ToList();
            return new TokenVectors(
                [.. words.Select(w => StableHash(w) & int.MaxValue)],
                [.. words.Select(w =>
                {
                    var vector = new float[dimensions];
                    vector[(int)((uint)StableHash(w) % (uint)dimensions)] = 1;
                    return vector;
                })]);
        })]);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata)
            ? new EmbeddingGeneratorMetadata("test", null, modelId, dimensions)
            : serviceType == typeof(ITokenEmbeddingGenerator) && !tokens ? null
            : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private Embedding<float> Embed(string text)
    {
        var vector = new float[dimensions];
        foreach (var token in Tokens(text.ToLowerInvariant()))
        {
            vector[(int)((uint)StableHash(token) % (uint)dimensions)] += 1;
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
        else
        {
            vector[0] = 1;
        }

        return new Embedding<float>(vector);
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var word = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            if (char.IsLetter(c))
            {
                yield return c.ToString();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static int StableHash(string token)
    {
        var hash = 17;
        foreach (var c in token)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
