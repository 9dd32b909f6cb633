// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Review;
using SalesCognition.Graph.Storage;
using SalesCognition.Retrieval.Embeddings;
using SalesCognition.Retrieval.Internal;
using SalesCognition.Retrieval.Search.Internal;
using SalesCognition.Retrieval.Text;
using SalesCognition.Retrieval.Vectors;

namespace SalesCognition.Retrieval.Search;

/// <summary>
/// Hybrid search: BM25 over the text index and nearest neighbours over the vectors, fused by reciprocal rank;
/// each hit carries its score parts, its lineage and the entities it mentions. Archived entries never appear.
/// </summary>
public sealed class HybridSearcher
{
    private readonly IGraphStore _graph;
    private readonly ITextIndex _text;
    private readonly IVectorIndex _vectors;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;
    private readonly RetrievalOptions _options;
    private readonly ILogger<HybridSearcher> _logger;
    private readonly IReviewFlagStore? _reviews;
    private readonly TokenVectorCache? _tokenCache;

    /// <summary>
    /// Creates the searcher over the stores; <paramref name="reviews"/> adds open review flags to the hits, and
    /// <paramref name="tokenCache"/> keeps the token vectors re-ranking reads (without it they are made per search).
    /// </summary>
    public HybridSearcher(
        IGraphStore graph,
        ITextIndex text,
        IVectorIndex vectors,
        IEmbeddingGenerator<string, Embedding<float>> embeddings,
        IOptions<RetrievalOptions> options,
        ILogger<HybridSearcher> logger,
        IReviewFlagStore? reviews = null,
        TokenVectorCache? tokenCache = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _graph = graph;
        _text = text;
        _vectors = vectors;
        _embeddings = embeddings;
        _options = options.Value;
        _logger = logger;
        _reviews = reviews;
        _tokenCache = tokenCache;
    }

    /// <summary>The most hits a search may ask for (<see cref="RetrievalOptions.MaxTop"/>).</summary>
    public int MaxTop => _options.MaxTop;

    /// <summary>Searches for the user's text.</summary>
    /// <exception cref="ArgumentException">The query is empty, or <c>Top</c> is out of range.</exception>
    public async Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            throw new ArgumentException("The query is empty.", nameof(request));
        }

        if (request.Top < 1 || request.Top > _options.MaxTop)
        {
            throw new ArgumentOutOfRangeException(
                nameof(request),
                request.Top,
                $"Top must be between 1 and {_options.MaxTop}.");
        }

        if (request.RerankDepth is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(
                nameof(request),
                request.RerankDepth,
                "RerankDepth must be between 0 (off) and 100.");
        }

        var candidates = Math.Max(_options.CandidatesPerLeg, request.Top);
        var textHits = await _text.SearchAsync(
            request.Tenant,
            request.Query,
            candidates,
            cancellationToken).ConfigureAwait(false);
        var vectorLeg = VectorLegGate.Decide(request.Query, _options, _embeddings is MiniLmEmbeddingGenerator);
        var options = request.RerankDepth is { } depth ? _options.WithRerankDepth(depth) : _options;
        var tokens = _embeddings.GetService<ITokenEmbeddingGenerator>();
        IReadOnlyList<VectorHit> vectorHits = [];
        TokenVectors? queryTokens = null;
        if (!vectorLeg.Skipped)
        {
            ReadOnlyMemory<float> query;
            if (tokens is not null && options.RerankDepth > 0 && options.RerankWeight * vectorLeg.Weight > 0)
            {
                // Re-ranking will need the query's token vectors: one run of the model gives both.
                var both = await tokens.GenerateWithTokenVectorsAsync([request.Query], cancellationToken).ConfigureAwait(false);
                query = both.Embeddings[0].Vector;
                queryTokens = both.Tokens[0];
            }
            else
            {
                query = await _embeddings.GenerateVectorAsync(
                    request.Query,
                    cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            vectorHits = await _vectors.SearchAsync(
                request.Tenant,
                query,
                candidates,
                (float)_options.PassageWeight,
                cancellationToken).ConfigureAwait(false);
        }

        var fused = ScoreFusion.Fuse(textHits, vectorHits, _options, vectorLeg);
        fused = await GraphExpansion.ApplyAsync(
            _graph,
            request.Tenant,
            fused,
            _options,
            cancellationToken).ConfigureAwait(false);

        // Last, so the re-ranked hits stay the first ones and their order is the order of the final scores.
        // The entries read for re-ranking are kept, so building the hits does not read them again.
        var read = new Dictionary<string, KnowledgeEntry?>(StringComparer.Ordinal);
        fused = await LateInteractionRerank.ApplyAsync(
            tokens,
            _tokenCache,
            request.Query,
            queryTokens,
            fused,
            ids => EntryTextsAsync(request.Tenant, ids, read, cancellationToken),
            options,
            vectorLeg.Weight,
            cancellationToken).ConfigureAwait(false);
        var hits = await MaterializeAsync(request, fused, read, cancellationToken).ConfigureAwait(false);
        hits = await ReviewDecoration.DecorateAsync(
            _reviews,
            request.Tenant,
            hits,
            cancellationToken).ConfigureAwait(false);
        _logger.SearchCompleted(textHits.Count, vectorHits.Count, hits.Count);
        return new SearchResponse(hits, _options.RrfK);
    }

    private async Task<IReadOnlyDictionary<string, string>> EntryTextsAsync(
        string tenant,
        IReadOnlyList<string> ids,
        Dictionary<string, KnowledgeEntry?> read,
        CancellationToken cancellationToken)
    {
        var entries = await _graph.GetEntriesAsync(tenant, ids, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var id in ids)
        {
            read[id] = null; // asked for: absent (archived or gone) unless found below
        }

        foreach (var entry in entries)
        {
            read[entry.Id] = entry;
        }

        return entries.ToDictionary(e => e.Id, EntryText.Of, StringComparer.Ordinal);
    }

    private async Task<List<SearchHit>> MaterializeAsync(
        SearchRequest request,
        List<(string Id, ScoreBreakdown Score)> fused,
        Dictionary<string, KnowledgeEntry?> read,
        CancellationToken cancellationToken)
    {
        var hits = new List<SearchHit>(request.Top);
        var sources = new Dictionary<string, SourceRecord?>(StringComparer.Ordinal);

        // Fetch in pages: archived entries drop out here, so the next page fills their places.
        foreach (var page in fused.Chunk(Math.Max(request.Top * 2, 20)))
        {
            string[] unread = [.. page.Select(p => p.Id).Where(id => !read.ContainsKey(id))];
            var entries = (unread.Length == 0
                    ? []
                    : await _graph.GetEntriesAsync(request.Tenant, unread, cancellationToken: cancellationToken).ConfigureAwait(false))
                .ToDictionary(e => e.Id, StringComparer.Ordinal);
            foreach (var (id, _) in page)
            {
                if (read.TryGetValue(id, out var entry) && entry is not null)
                {
                    entries[id] = entry;
                }
            }

            var nodeIds = entries.Values
                .SelectMany(e => e.Mentions)
                .Select(m => m.NodeId)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var nodes = (await _graph.GetNodesAsync(request.Tenant, nodeIds, cancellationToken).ConfigureAwait(false))
                .ToDictionary(n => n.Id, StringComparer.Ordinal);
            foreach (var (id, score) in page)
            {
                if (!entries.TryGetValue(id, out var entry))
                {
                    continue;
                }

                if (!sources.TryGetValue(entry.SourceId, out var source))
                {
                    sources[entry.SourceId] = source = await _graph.GetSourceAsync(
                        request.Tenant,
                        entry.SourceId,
                        cancellationToken)
                        .ConfigureAwait(false);
                }

                hits.Add(ToHit(entry, source, score, nodes, request.Query));
                if (hits.Count == request.Top)
                {
                    return hits;
                }
            }
        }

        return hits;
    }

    private SearchHit ToHit(
        KnowledgeEntry entry,
        SourceRecord? source,
        ScoreBreakdown score,
        Dictionary<string, GraphNode> nodes,
        string query) => new()
        {
            Id = entry.Id,
            Kind = entry.Kind,
            Title = entry.Title,
            Source = source?.Uri ?? entry.SourceId,
            Section = string.Join(" > ", entry.HeadingPath),
            Snippet = Snippets.Around(entry.Text, query, _options.SnippetLength),
            Score = score.Fused,
            Components = score,
            Locator = entry.Locator.ToString(),
            Entities = [.. entry.Mentions
                .Select(m => nodes.GetValueOrDefault(m.NodeId))
                .OfType<GraphNode>()
                .Select(n => new EntityRef(n.Id, n.Type, n.Name))],
        };
}
