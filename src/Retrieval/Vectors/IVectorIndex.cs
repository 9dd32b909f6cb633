// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Vectors;

/// <summary>
/// The vector index port: nearest neighbours over the entries' embeddings, replaced one source at a time,
/// with an embedding cache keyed by content hash so the same text is never embedded twice.
/// </summary>
public interface IVectorIndex : IDisposable
{
    /// <summary>The model, dimension and distance the index holds.</summary>
    VectorSpace Space { get; }

    /// <summary>The stored vectors of the texts with these content hashes (those that have one).</summary>
    Task<IReadOnlyDictionary<string, ReadOnlyMemory<float>>> GetCachedAsync(
        IReadOnlyCollection<string> contentHashes,
        CancellationToken cancellationToken = default);

    /// <summary>Replaces every vector of the source with <paramref name="entries"/>, durably.</summary>
    Task ReplaceSourceAsync(
        string tenant,
        string sourceId,
        IReadOnlyList<VectorEntry> entries,
        CancellationToken cancellationToken = default);

    /// <summary>Removes every vector of the source.</summary>
    Task RemoveSourceAsync(string tenant, string sourceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The <paramref name="top"/> entries of the tenant nearest to <paramref name="query"/>, best first.
    /// </summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="query">The query's unit vector.</param>
    /// <param name="top">How many entries to return.</param>
    /// <param name="passageWeight">
    /// From 0 to 1: how much an entry's best passage counts against its whole text (0 ignores passages).
    /// </param>
    /// <param name="cancellationToken">Stops the scan.</param>
    Task<IReadOnlyList<VectorHit>> SearchAsync(
        string tenant,
        ReadOnlyMemory<float> query,
        int top,
        float passageWeight = 0,
        CancellationToken cancellationToken = default);

    /// <summary>How many vectors each source of the tenant has.</summary>
    Task<IReadOnlyDictionary<string, int>> CountBySourceAsync(
        string tenant,
        CancellationToken cancellationToken = default);
}
