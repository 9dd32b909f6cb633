// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Review;
using SalesCognition.Graph.Storage;
using SalesCognition.Ingestion.Internal;
using SalesCognition.Ingestion.Pipeline;

namespace SalesCognition.Ingestion.News;

/// <summary>
/// Flags battle cards, comparisons and talk tracks <c>needs-review</c> when news mentions a competitor product they
/// cite. Evaluated from both sides, so the order of arrival does not matter: a news item flags the citing entries
/// already stored, and a new citing entry is flagged by the news already stored. An updated citing source clears
/// its flags (its author has seen the news); a confirmed flag is never raised again by the same news item.
/// </summary>
public sealed class ReviewFlagger : ISourceChangeObserver
{
    private readonly IGraphStore _graph;
    private readonly IReviewFlagStore _flags;
    private readonly TimeProvider _time;
    private readonly ILogger<ReviewFlagger> _logger;

    /// <summary>Creates the flagger.</summary>
    public ReviewFlagger(IGraphStore graph, IReviewFlagStore flags, TimeProvider time, ILogger<ReviewFlagger> logger)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);

        _graph = graph;
        _flags = flags;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task SourceCommittedAsync(
        SourceCommit commit,
        SourceRecord? previous,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);

        var types = commit.Nodes.ToDictionary(n => n.Id, n => n.Type, StringComparer.Ordinal);
        var flagged = await FlagFromNewsAsync(commit, types, cancellationToken).ConfigureAwait(false);
        flagged += await FlagFromCitingAsync(commit, types, previous, cancellationToken).ConfigureAwait(false);
        if (flagged > 0)
        {
            _logger.EntriesFlaggedForReview(commit.Source.SourceId, flagged);
        }
    }

    /// <inheritdoc />
    public Task SourceRemovedAsync(string tenant, string sourceId, CancellationToken cancellationToken = default) =>
        _flags.DeleteReviewFlagsAsync(tenant, sourceId, cancellationToken);

    private async Task<int> FlagFromNewsAsync(SourceCommit commit, Dictionary<string, string> types, CancellationToken cancellationToken)
    {
        var tenant = commit.Source.Tenant;
        var count = 0;
        foreach (var news in commit.Nodes.Where(n => n.Type == "NewsItem"))
        {
            var products = commit.Relations
                .Where(r => r.Type == "announces" && r.FromId == news.Id)
                .Select(r => r.ToId)
                .Concat(commit.Entries
                    .Where(e => e.Mentions.Any(m => m.NodeId == news.Id))
                    .SelectMany(e => e.Mentions)
                    .Select(m => m.NodeId))
                .Where(id => types.GetValueOrDefault(id) == "CompetitorProduct")
                .ToHashSet(StringComparer.Ordinal);
            var citing = await _flags.FindCitingEntriesAsync(
                tenant,
                products,
                CitingKinds.All,
                cancellationToken).ConfigureAwait(false);
            foreach (var group in citing.Where(c => c.SourceId != commit.Source.SourceId).GroupBy(c => c.EntryId, StringComparer.Ordinal))
            {
                var entry = group.First();
                count += await SetAsync(
                    tenant,
                    entry.EntryId,
                    entry.SourceId,
                    entry.Title,
                    news,
                    commit.Source.SourceId,
                    [.. group.Select(c => c.NodeId)],
                    ReviewState.Open,
                    null,
                    cancellationToken)
                    .ConfigureAwait(false) ? 1 : 0;
            }
        }

        return count;
    }

    private async Task<int> FlagFromCitingAsync(
        SourceCommit commit,
        Dictionary<string, string> types,
        SourceRecord? previous,
        CancellationToken cancellationToken)
    {
        var tenant = commit.Source.Tenant;
        var citing = commit.Entries.Where(e => CitingKinds.All.Contains(e.Kind)).ToList();
        if (previous is not null)
        {
            var open = await _flags.GetReviewFlagsAsync(
                tenant,
                cancellationToken: cancellationToken).ConfigureAwait(false);
            var stale = open
                .Where(f => f.SourceId == commit.Source.SourceId)
                .Select(f => f.EntryId)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var cleared = await _flags.ClearReviewFlagAsync(
                tenant,
                stale,
                ReviewState.Cleared,
                "entry updated",
                cancellationToken)
                .ConfigureAwait(false);
            if (cleared > 0)
            {
                _logger.ReviewFlagsCleared(commit.Source.SourceId, cleared);
            }
        }

        var count = 0;
        var newsByProduct = new Dictionary<string, IReadOnlyList<(GraphNode News, string SourceId)>>(StringComparer.Ordinal);
        foreach (var entry in citing)
        {
            var products = entry.Mentions
                .Select(m => m.NodeId)
                .Where(id => types.GetValueOrDefault(id) == "CompetitorProduct")
                .Distinct(StringComparer.Ordinal);
            var reasons = new Dictionary<string, (GraphNode News, string SourceId, List<string> Products)>(StringComparer.Ordinal);
            foreach (var product in products)
            {
                if (!newsByProduct.TryGetValue(product, out var news))
                {
                    newsByProduct[product] = news = await NewsAboutAsync(
                        tenant,
                        product,
                        cancellationToken).ConfigureAwait(false);
                }

                foreach (var (node, sourceId) in news.Where(n => n.SourceId != commit.Source.SourceId))
                {
                    if (!reasons.TryGetValue(node.Id, out var reason))
                    {
                        reasons[node.Id] = reason = (node, sourceId, []);
                    }

                    reason.Products.Add(product);
                }
            }

            // A new entry has not seen the news yet; an updated one was written knowing it, so its flag is born cleared.
            var state = previous is null ? ReviewState.Open : ReviewState.Cleared;
            var note = previous is null ? null : "entry updated after the news";
            foreach (var (news, sourceId, productIds) in reasons.Values)
            {
                count += await SetAsync(
                    tenant,
                    entry.Id,
                    entry.SourceId,
                    entry.Title,
                    news,
                    sourceId,
                    productIds,
                    state,
                    note,
                    cancellationToken)
                    .ConfigureAwait(false) && state == ReviewState.Open ? 1 : 0;
            }
        }

        return count;
    }

    private async Task<IReadOnlyList<(GraphNode News, string SourceId)>> NewsAboutAsync(
        string tenant,
        string productId,
        CancellationToken cancellationToken)
    {
        var relations = await _graph.GetRelationsAsync(tenant, productId, cancellationToken).ConfigureAwait(false);
        var announced = relations.Where(r => r.Type == "announces" && r.ToId == productId)
            .GroupBy(r => r.FromId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().SourceId, StringComparer.Ordinal);
        var nodes = await _graph.GetNodesAsync(tenant, announced.Keys, cancellationToken).ConfigureAwait(false);
        return [.. nodes.Where(n => n.Type == "NewsItem").Select(n => (n, announced[n.Id]))];
    }

    private Task<bool> SetAsync(
        string tenant,
        string entryId,
        string sourceId,
        string entryTitle,
        GraphNode news,
        string newsSourceId,
        IReadOnlyList<string> productIds,
        ReviewState state,
        string? note,
        CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        return _flags.SetReviewFlagAsync(
            new ReviewFlag
            {
                Tenant = tenant,
                EntryId = entryId,
                SourceId = sourceId,
                EntryTitle = entryTitle,
                NewsId = news.Id,
                NewsSourceId = newsSourceId,
                NewsTitle = news.Name,
                NewsDate = news.Properties.GetValueOrDefault("date"),
                ProductIds = productIds,
                FlaggedAt = now,
                State = state,
                ResolvedAt = state == ReviewState.Open ? null : now,
                Note = note,
            },
            cancellationToken);
    }
}
