// Copyright (c) SalesCognition. All rights reserved.

using System.Numerics.Tensors;
using System.Text.Json;
using SalesCognition.Retrieval.Internal;
using SalesCognition.Retrieval.Vectors.Qdrant.Internal;

namespace SalesCognition.Retrieval.Vectors.Qdrant;

public sealed partial class QdrantVectorIndex
{
    /// <summary>How many passage points are fetched per requested hit when passages count.</summary>
    private const int PassagesPerHit = 4;

    /// <inheritdoc />
    /// <remarks>
    /// With <paramref name="passageWeight"/> above 0, the candidates are the entries among the <paramref name="top"/>
    /// nearest whole texts and the <c>4 * top</c> nearest passages; their blended scores are computed exactly, here.
    /// An entry outside both lists is not considered.
    /// </remarks>
    public async Task<IReadOnlyList<VectorHit>> SearchAsync(
        string tenant,
        ReadOnlyMemory<float> query,
        int top,
        float passageWeight = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(passageWeight);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(passageWeight, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        if (query.Length != Space.Dimensions)
        {
            throw new ArgumentException(
                $"The query vector has {query.Length} dimensions; the index holds {Space.Dimensions}.",
                nameof(query));
        }

        var wholes = await NearestAsync(tenant, QdrantPayload.EntryKind, query, top, cancellationToken)
            .ConfigureAwait(false);
        if (passageWeight == 0)
        {
            return [.. wholes.Select(w => new VectorHit(w.EntryId, w.Score) { WholeScore = w.Score })];
        }

        var passages = await NearestAsync(
            tenant,
            QdrantPayload.PassageKind,
            query,
            top * PassagesPerHit,
            cancellationToken).ConfigureAwait(false);
        var candidates = wholes.Concat(passages).Select(h => h.EntryId).ToHashSet(StringComparer.Ordinal);
        _logger.QdrantPassagesBlended(tenant, candidates.Count);
        return await BlendAsync(tenant, query, candidates, top, passageWeight, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<VectorHit>> BlendAsync(
        string tenant,
        ReadOnlyMemory<float> query,
        HashSet<string> candidates,
        int top,
        float passageWeight,
        CancellationToken cancellationToken)
    {
        var whole = new Dictionary<string, float>(StringComparer.Ordinal);
        var bestPassage = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var chunk in candidates.Chunk(FilterValuesPerRequest))
        {
            var filter = QdrantFilter.ForTenant(tenant).MatchAny(QdrantPayload.EntryId, chunk);
            string[] keys = [QdrantPayload.EntryId, QdrantPayload.Kind];
            await foreach (var point in ScrollAsync(filter, keys, true, cancellationToken).ConfigureAwait(false))
            {
                var entryId = PayloadString(point, QdrantPayload.EntryId);
                var vector = ReadVector(point);
                if (vector.Length != Space.Dimensions)
                {
                    continue;
                }

                var score = TensorPrimitives.Dot(query.Span, vector);
                if (PayloadString(point, QdrantPayload.Kind) == QdrantPayload.EntryKind)
                {
                    whole[entryId] = score;
                }
                else if (!bestPassage.TryGetValue(entryId, out var best) || score > best)
                {
                    bestPassage[entryId] = score;
                }
            }
        }

        return [.. whole
            .Select(w => Blend(w.Key, w.Value, bestPassage.TryGetValue(w.Key, out var p) ? p : null, passageWeight))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.EntryId, StringComparer.Ordinal)
            .Take(top)];
    }

    private static VectorHit Blend(string entryId, float whole, float? passage, float weight) =>
        new(entryId, passage is { } p ? ((1 - weight) * whole) + (weight * p) : whole)
        {
            WholeScore = whole,
            PassageScore = passage,
        };

    private async Task<IReadOnlyList<(string EntryId, float Score)>> NearestAsync(
        string tenant,
        string kind,
        ReadOnlyMemory<float> query,
        int limit,
        CancellationToken cancellationToken)
    {
        var result = await _http.SendAsync(
            "search points",
            HttpMethod.Post,
            PointsPath("/search"),
            writer =>
            {
                writer.WriteStartObject();
                WriteVector(writer, "vector", query.Span);
                QdrantFilter.ForTenant(tenant).Match(QdrantPayload.Kind, kind).Write(writer);
                writer.WriteNumber("limit", limit);
                writer.WriteStartArray("with_payload");
                writer.WriteStringValue(QdrantPayload.EntryId);
                writer.WriteEndArray();
                writer.WriteBoolean("with_vector", false);
                writer.WriteEndObject();
            },
            cancellationToken).ConfigureAwait(false);
        if (result is not { ValueKind: JsonValueKind.Array } hits)
        {
            return [];
        }

        return [.. hits.EnumerateArray()
            .Select(h => (PayloadString(h, QdrantPayload.EntryId), h.GetProperty("score").GetSingle()))];
    }
}
