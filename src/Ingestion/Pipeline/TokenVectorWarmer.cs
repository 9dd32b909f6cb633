// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Internal;
using SalesCognition.Retrieval.Embeddings;
using SalesCognition.Retrieval.Search;

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>
/// Makes the token vectors of a committed source's entries right away, so that no search has to run the model over
/// a hit it re-ranks. The pipeline keeps those of the texts it embeds from the same model run
/// (<see cref="CacheWhenEnabled"/>); this observer makes the rest (entries whose vector was already stored). Acts
/// only when re-ranking is on, <see cref="RetrievalOptions.PrecomputeTokenVectors"/> is set and the embedding model
/// offers token vectors (the local model does, an endpoint does not). The vectors are a cache: if this fails, the
/// source stays stored and searches make the missing vectors themselves.
/// </summary>
public sealed class TokenVectorWarmer : ISourceChangeObserver
{
    private readonly ITokenEmbeddingGenerator? _tokens;
    private readonly TokenVectorCache _cache;
    private readonly RetrievalOptions _retrieval;
    private readonly int _batchSize;
    private readonly ILogger<TokenVectorWarmer> _logger;

    /// <summary>Creates the warmer.</summary>
    public TokenVectorWarmer(
        IEmbeddingGenerator<string, Embedding<float>> embeddings,
        TokenVectorCache cache,
        IOptions<RetrievalOptions> retrieval,
        IOptions<IngestionOptions> ingestion,
        ILogger<TokenVectorWarmer> logger)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(retrieval);
        ArgumentNullException.ThrowIfNull(ingestion);
        ArgumentNullException.ThrowIfNull(logger);

        _tokens = embeddings.GetService<ITokenEmbeddingGenerator>();
        _cache = cache;
        _retrieval = retrieval.Value;
        _batchSize = ingestion.Value.EmbeddingBatchSize;
        _logger = logger;
    }

    /// <summary>Whether committed entries get their token vectors at once.</summary>
    public bool Enabled => _tokens is not null && _retrieval.RerankDepth > 0 && _retrieval.PrecomputeTokenVectors;

    /// <summary>
    /// Where the pipeline keeps the token vectors of the texts it embeds (from the same model run) when
    /// <see cref="Enabled"/>; null otherwise. What it leaves out, this observer makes after the commit.
    /// </summary>
    public TokenVectorCache? CacheWhenEnabled => Enabled ? _cache : null;

    /// <inheritdoc />
    public async Task SourceCommittedAsync(
        SourceCommit commit,
        SourceRecord? previous,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (!Enabled || commit.Entries.Count == 0)
        {
            return;
        }

        int made = await _cache.WarmAsync(
            _tokens!,
            [.. commit.Entries.Select(EntryText.Of)],
            _batchSize,
            cancellationToken).ConfigureAwait(false);
        _logger.TokenVectorsMade(commit.Source.SourceId, made, commit.Entries.Count);
    }

    /// <inheritdoc />
    /// <remarks>Nothing to do: the vectors are keyed by text and leave the cache when it needs the room.</remarks>
    public Task SourceRemovedAsync(string tenant, string sourceId, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
