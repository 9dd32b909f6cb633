// Copyright (c) SalesCognition. All rights reserved.

using System.Collections.Concurrent;
using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Internal;

namespace SalesCognition.Ingestion.Pipeline;

public sealed partial class IngestionPipeline
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RecoveryReport>>> _recovered = new(StringComparer.Ordinal);

    /// <summary>
    /// Brings the three stores back into agreement after a crash. The graph commits a source version in one
    /// transaction and is the reference: a source left pending, or one whose entries the text index or the vectors
    /// do not hold exactly, is written again from the graph's entries and marked committed (rolled forward to the
    /// version the graph holds); index documents of sources the graph does not know are removed.
    /// </summary>
    public async Task<RecoveryReport> RecoverAsync(
        string tenant = TenantIds.Default,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);

        var repairs = new List<SourceRepair>();
        var sources = await _graph.ListSourcesAsync(tenant, cancellationToken).ConfigureAwait(false);
        var textCounts = await _text.CountBySourceAsync(tenant, cancellationToken).ConfigureAwait(false);
        var vectorCounts = await _vectors.CountBySourceAsync(tenant, cancellationToken).ConfigureAwait(false);
        foreach (var source in sources)
        {
            var entries = await _graph.GetSourceEntriesAsync(
                tenant,
                source.SourceId,
                cancellationToken).ConfigureAwait(false);
            var inText = textCounts.GetValueOrDefault(source.SourceId);
            var inVectors = vectorCounts.GetValueOrDefault(source.SourceId);
            if (source.State == SourceState.Committed && inText == entries.Count && inVectors == entries.Count)
            {
                continue;
            }

            using (await _gate.EnterAsync(tenant, source.SourceId, cancellationToken).ConfigureAwait(false))
            {
                var vectors = await EmbedAsync(entries, cancellationToken).ConfigureAwait(false);
                await _text.ReplaceSourceAsync(
                    tenant,
                    source.SourceId,
                    [.. entries.Select(ToTextDocument)],
                    cancellationToken)
                    .ConfigureAwait(false);
                await _vectors.ReplaceSourceAsync(
                    tenant,
                    source.SourceId,
                    vectors,
                    cancellationToken).ConfigureAwait(false);
                await _graph.MarkCommittedAsync(
                    tenant,
                    source.SourceId,
                    source.ContentHash,
                    cancellationToken).ConfigureAwait(false);
            }

            var action = source.State == SourceState.Pending
                ? "completed an interrupted commit"
                : $"rewrote the indexes (text {inText}, vectors {inVectors}, graph {entries.Count} entries)";
            repairs.Add(new SourceRepair(source.SourceId, action));
            _logger.SourceRepaired(source.SourceId, action);
        }

        var known = sources.Select(s => s.SourceId).ToHashSet(StringComparer.Ordinal);
        foreach (var stray in textCounts.Keys.Concat(vectorCounts.Keys).Where(id => !known.Contains(id)).Distinct(StringComparer.Ordinal))
        {
            using (await _gate.EnterAsync(tenant, stray, cancellationToken).ConfigureAwait(false))
            {
                await _text.RemoveSourceAsync(tenant, stray, cancellationToken).ConfigureAwait(false);
                await _vectors.RemoveSourceAsync(tenant, stray, cancellationToken).ConfigureAwait(false);
            }

            repairs.Add(new SourceRepair(stray, "removed index entries of a source the graph no longer has"));
            _logger.SourceRepaired(stray, "removed stray index entries");
        }

        _logger.RecoveryCompleted(sources.Count, repairs.Count);
        return new RecoveryReport(sources.Count, repairs);
    }

    /// <summary>
    /// Runs <see cref="RecoverAsync"/> once per tenant for the life of the pipeline, before the first write.
    /// </summary>
    private Task<RecoveryReport> EnsureRecoveredAsync(string tenant, CancellationToken cancellationToken)
    {
        var recovery = _recovered.GetOrAdd(
            tenant,
            t => new Lazy<Task<RecoveryReport>>(() => RecoverAsync(t, CancellationToken.None)));
        return recovery.Value.WaitAsync(cancellationToken);
    }
}
