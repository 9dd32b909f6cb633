// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using SalesCognition.Retrieval.Internal;
using SalesCognition.Retrieval.Vectors.Qdrant.Internal;

namespace SalesCognition.Retrieval.Vectors.Qdrant;

public sealed partial class QdrantVectorIndex
{
    private const int UpsertBatch = 128;
    private const int ScrollPage = 512;
    private const int FilterValuesPerRequest = 256;

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, ReadOnlyMemory<float>>> GetCachedAsync(
        IReadOnlyCollection<string> contentHashes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentHashes);

        var found = new Dictionary<string, ReadOnlyMemory<float>>(StringComparer.Ordinal);
        foreach (var chunk in contentHashes.Distinct(StringComparer.Ordinal).Chunk(FilterValuesPerRequest))
        {
            var filter = new QdrantFilter().MatchAny(QdrantPayload.ContentHash, chunk);
            await foreach (var point in ScrollAsync(filter, [QdrantPayload.ContentHash], true, cancellationToken)
                .ConfigureAwait(false))
            {
                found.TryAdd(PayloadString(point, QdrantPayload.ContentHash), ReadVector(point));
            }
        }

        return found;
    }

    /// <inheritdoc />
    public async Task ReplaceSourceAsync(
        string tenant,
        string sourceId,
        IReadOnlyList<VectorEntry> entries,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            if (entry.Vector.Length != Space.Dimensions ||
                entry.Passages.Any(p => p.Vector.Length != Space.Dimensions))
            {
                throw new ArgumentException(
                    $"Entry '{entry.EntryId}' has a vector of {entry.Vector.Length} dimensions (or a passage vector "
                    + $"of another length); the index holds {Space.Dimensions}.",
                    nameof(entries));
            }
        }

        // New points are written before the old ones go, so searches never see the source missing.
        var points = Points(tenant, sourceId, entries).ToList();
        foreach (var batch in points.Chunk(UpsertBatch))
        {
            await UpsertAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        var kept = points.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        await DeleteAsync(
            QdrantFilter.ForTenant(tenant).Match(QdrantPayload.SourceId, sourceId).ExceptIds(kept),
            cancellationToken).ConfigureAwait(false);
        _logger.QdrantSourceReplaced(tenant, sourceId, entries.Count, points.Count);
    }

    /// <inheritdoc />
    public Task RemoveSourceAsync(string tenant, string sourceId, CancellationToken cancellationToken = default) =>
        ReplaceSourceAsync(tenant, sourceId, [], cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, int>> CountBySourceAsync(
        string tenant,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var filter = QdrantFilter.ForTenant(tenant).Match(QdrantPayload.Kind, QdrantPayload.EntryKind);
        await foreach (var point in ScrollAsync(filter, [QdrantPayload.SourceId], false, cancellationToken)
            .ConfigureAwait(false))
        {
            var source = PayloadString(point, QdrantPayload.SourceId);
            counts[source] = counts.GetValueOrDefault(source) + 1;
        }

        return counts;
    }

    private static IEnumerable<Point> Points(string tenant, string sourceId, IReadOnlyList<VectorEntry> entries)
    {
        foreach (var entry in entries)
        {
            yield return new Point(
                QdrantPointIds.For(tenant, entry.EntryId, QdrantPointIds.EntryOrdinal),
                entry.Vector,
                tenant,
                entry.EntryId,
                sourceId,
                entry.ContentHash,
                QdrantPayload.EntryKind,
                QdrantPointIds.EntryOrdinal);
            for (var ordinal = 0; ordinal < entry.Passages.Count; ordinal++)
            {
                var passage = entry.Passages[ordinal];
                yield return new Point(
                    QdrantPointIds.For(tenant, entry.EntryId, ordinal),
                    passage.Vector,
                    tenant,
                    entry.EntryId,
                    sourceId,
                    passage.ContentHash,
                    QdrantPayload.PassageKind,
                    ordinal);
            }
        }
    }

    private async Task UpsertAsync(IReadOnlyList<Point> points, CancellationToken cancellationToken) =>
        await _http.SendAsync(
            "upsert points",
            HttpMethod.Put,
            PointsPath("?wait=true"),
            writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("points");
                foreach (var point in points)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", point.Id);
                    WriteVector(writer, "vector", point.Vector.Span);
                    writer.WriteStartObject("payload");
                    writer.WriteString(QdrantPayload.Tenant, point.Tenant);
                    writer.WriteString(QdrantPayload.EntryId, point.EntryId);
                    writer.WriteString(QdrantPayload.SourceId, point.SourceId);
                    writer.WriteString(QdrantPayload.ContentHash, point.ContentHash);
                    writer.WriteString(QdrantPayload.Kind, point.Kind);
                    writer.WriteNumber(QdrantPayload.Ordinal, point.Ordinal);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            },
            cancellationToken).ConfigureAwait(false);

    private async Task DeleteAsync(QdrantFilter filter, CancellationToken cancellationToken) => await _http.SendAsync(
        "delete points",
        HttpMethod.Post,
        PointsPath("/delete?wait=true"),
        writer =>
        {
            writer.WriteStartObject();
            filter.Write(writer);
            writer.WriteEndObject();
        },
        cancellationToken).ConfigureAwait(false);

    /// <summary>Every point matching <paramref name="filter"/>, page by page.</summary>
    private async IAsyncEnumerable<JsonElement> ScrollAsync(
        QdrantFilter filter,
        string[] payloadKeys,
        bool withVector,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        JsonElement? offset = null;
        do
        {
            var page = await _http.SendAsync(
                "scroll points",
                HttpMethod.Post,
                PointsPath("/scroll"),
                writer =>
                {
                    writer.WriteStartObject();
                    filter.Write(writer);
                    writer.WriteNumber("limit", ScrollPage);
                    writer.WriteStartArray("with_payload");
                    foreach (var key in payloadKeys)
                    {
                        writer.WriteStringValue(key);
                    }

                    writer.WriteEndArray();
                    writer.WriteBoolean("with_vector", withVector);
                    if (offset is { } start)
                    {
                        writer.WritePropertyName("offset");
                        start.WriteTo(writer);
                    }

                    writer.WriteEndObject();
                },
                cancellationToken).ConfigureAwait(false);
            if (page is not { } result || !result.TryGetProperty("points", out var points))
            {
                yield break;
            }

            foreach (var point in points.EnumerateArray())
            {
                yield return point;
            }

            offset = result.TryGetProperty("next_page_offset", out var next) && next.ValueKind != JsonValueKind.Null
                ? next
                : null;
        }
        while (offset is not null);
    }

    private static string PayloadString(JsonElement point, string key) =>
        point.TryGetProperty("payload", out var payload) && payload.TryGetProperty(key, out var value)
            ? value.GetString() ?? string.Empty
            : string.Empty;

    private static float[] ReadVector(JsonElement point)
    {
        if (!point.TryGetProperty("vector", out var vector) || vector.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var values = new float[vector.GetArrayLength()];
        var i = 0;
        foreach (var value in vector.EnumerateArray())
        {
            values[i++] = value.GetSingle();
        }

        return values;
    }

    private sealed record Point(
        string Id,
        ReadOnlyMemory<float> Vector,
        string Tenant,
        string EntryId,
        string SourceId,
        string ContentHash,
        string Kind,
        int Ordinal);
}
