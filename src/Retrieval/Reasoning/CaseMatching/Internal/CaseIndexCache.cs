// Copyright (c) SalesCognition. All rights reserved.

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using SalesCognition.Graph.Storage;
using SalesCognition.Retrieval.Internal;

namespace SalesCognition.Retrieval.Reasoning.CaseMatching.Internal;

/// <summary>
/// Holds one <see cref="CaseIndex"/> per tenant and rebuilds it when the graph changed: at most every refresh interval it
/// compares a fingerprint of the tenant's sources (id, content hash, state) with the one the index was built from.
/// </summary>
internal sealed class CaseIndexCache(
    IGraphStore graph,
    IReadOnlyDictionary<string, string> chineseNames,
    TimeProvider time,
    TimeSpan refreshInterval, ILogger logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, (CaseIndex Index, long CheckedAt)> _indexes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _building = new(1, 1);

    public async Task<CaseIndex> GetAsync(string tenant, CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        if (_indexes.TryGetValue(
            tenant,
            out var cached) && time.GetElapsedTime(cached.CheckedAt, now) < refreshInterval)
        {
            return cached.Index;
        }

        var fingerprint = await FingerprintAsync(tenant, cancellationToken).ConfigureAwait(false);
        if (cached.Index is not null && cached.Index.Fingerprint == fingerprint)
        {
            _indexes[tenant] = (cached.Index, now);
            return cached.Index;
        }

        await _building.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_indexes.TryGetValue(tenant, out cached) && cached.Index.Fingerprint == fingerprint)
            {
                return cached.Index;
            }

            var started = Stopwatch.GetTimestamp();
            var index = await CaseIndexBuilder.BuildAsync(
                graph,
                tenant,
                fingerprint,
                chineseNames,
                cancellationToken).ConfigureAwait(false);
            _indexes[tenant] = (index, time.GetTimestamp());
            var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            logger.CaseIndexBuilt(
                tenant,
                index.CaseCount,
                index.Won.Count,
                index.Lost.Count,
                index.Opportunities.Count,
                elapsed);
            return index;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose() => _building.Dispose();

    private async Task<string> FingerprintAsync(string tenant, CancellationToken cancellationToken)
    {
        var sources = await graph.ListSourcesAsync(tenant, cancellationToken).ConfigureAwait(false);
        var text = string.Join(
            '\n',
            sources.OrderBy(s => s.SourceId, StringComparer.Ordinal).Select(s => $"{s.SourceId}|{s.ContentHash}|{s.State}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
