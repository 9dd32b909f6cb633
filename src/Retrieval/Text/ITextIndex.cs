// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Text;

/// <summary>
/// The text index port: BM25 over knowledge entries, replaced one source at a time.
/// A query is always user text, never query syntax.
/// </summary>
public interface ITextIndex : IDisposable
{
    /// <summary>Replaces every document of the source with <paramref name="documents"/> and commits durably.</summary>
    Task ReplaceSourceAsync(
        string tenant,
        string sourceId,
        IReadOnlyList<TextDocument> documents,
        CancellationToken cancellationToken = default);

    /// <summary>Removes every document of the source and commits.</summary>
    Task RemoveSourceAsync(string tenant, string sourceId, CancellationToken cancellationToken = default);

    /// <summary>The best <paramref name="top"/> entries of the tenant for the user's text, best first.</summary>
    Task<IReadOnlyList<TextHit>> SearchAsync(
        string tenant,
        string query,
        int top,
        CancellationToken cancellationToken = default);

    /// <summary>How many documents each source of the tenant has in the index.</summary>
    Task<IReadOnlyDictionary<string, int>> CountBySourceAsync(
        string tenant,
        CancellationToken cancellationToken = default);
}
