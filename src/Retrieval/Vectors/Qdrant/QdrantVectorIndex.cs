// Copyright (c) SalesCognition. All rights reserved.

using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SalesCognition.Retrieval.Internal;
using SalesCognition.Retrieval.Vectors.Qdrant.Internal;

namespace SalesCognition.Retrieval.Vectors.Qdrant;

/// <summary>
/// The vector index in a Qdrant collection, over its REST API. Every entry's whole-text vector and every passage
/// vector is one point, with a deterministic id and the payload <c>tenant</c>, <c>entry_id</c>, <c>source_id</c>,
/// <c>content_hash</c>, <c>kind</c> (<c>entry</c> or <c>passage</c>) and <c>ordinal</c>; every read filters by tenant.
/// A point of kind <c>space</c> records the embedding model, so vectors of two models are never mixed.
/// </summary>
public sealed partial class QdrantVectorIndex : IVectorIndex
{
    private readonly QdrantHttp _http;
    private readonly HttpClient _client;
    private readonly bool _ownsClient;
    private readonly string _collection;
    private readonly ILogger _logger;

    private QdrantVectorIndex(
        HttpClient client,
        bool ownsClient,
        QdrantOptions options,
        VectorSpace space,
        ILogger logger)
    {
        var apiKey = Environment.GetEnvironmentVariable(options.ApiKeyVariable);
        _http = new QdrantHttp(client, options.Url!, apiKey, options.Timeout, logger);
        _client = client;
        _ownsClient = ownsClient;
        _collection = options.Collection;
        _logger = logger;
        Space = space;
    }

    /// <inheritdoc />
    public VectorSpace Space { get; }

    /// <summary>
    /// Opens the index in the collection of <paramref name="options"/>, creating the collection (cosine vectors of
    /// the space's dimensions) when it is missing and recording the model in it.
    /// </summary>
    /// <param name="client">Sends the requests; the caller keeps owning it.</param>
    /// <param name="options">Server address, collection, API key variable and timeout.</param>
    /// <param name="space">The model, dimensions and distance (<c>cosine</c>) of the vectors.</param>
    /// <param name="logger">Receives lifecycle events; none when null.</param>
    /// <param name="cancellationToken">Stops opening.</param>
    /// <exception cref="ArgumentException">The options are invalid or the distance is not cosine.</exception>
    /// <exception cref="VectorSpaceMismatchException">The collection holds vectors of another space.</exception>
    /// <exception cref="QdrantRequestException">The server answered with an error or not at all.</exception>
    public static Task<QdrantVectorIndex> OpenAsync(
        HttpClient client,
        QdrantOptions options,
        VectorSpace space,
        ILogger? logger = null,
        CancellationToken cancellationToken = default) =>
        OpenAsync(client, ownsClient: false, options, space, logger, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    /// <summary>Opens the index; with <paramref name="ownsClient"/> the index disposes the client.</summary>
    internal static async Task<QdrantVectorIndex> OpenAsync(
        HttpClient client,
        bool ownsClient,
        QdrantOptions options,
        VectorSpace space,
        ILogger? logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentOutOfRangeException.ThrowIfLessThan(space.Dimensions, 1);
        var errors = QdrantOptionsValidator.Errors(options, "Qdrant ").Select(e => e.Error).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(options));
        }

        if (!string.Equals(space.Distance, "cosine", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The Qdrant vector index compares by cosine only, not '{space.Distance}'.",
                nameof(space));
        }

        var index = new QdrantVectorIndex(client, ownsClient, options, space, logger ?? NullLogger.Instance);
        await index.InitializeAsync(cancellationToken).ConfigureAwait(false);
        return index;
    }

    private string PointsPath(string action) => $"collections/{_collection}/points{action}";

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var info = await _http.SendAsync(
            "read collection",
            HttpMethod.Get,
            $"collections/{_collection}",
            null,
            cancellationToken,
            allowNotFound: true).ConfigureAwait(false);
        if (info is null)
        {
            await CreateCollectionAsync(cancellationToken).ConfigureAwait(false);
            await WriteSpaceAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await CheckSpaceAsync(info.Value, cancellationToken).ConfigureAwait(false);
        }

        _logger.QdrantIndexOpened(_collection, _http.Host, Space.ModelId);
    }

    private async Task CreateCollectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _http.SendAsync(
                "create collection",
                HttpMethod.Put,
                $"collections/{_collection}",
                writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteStartObject("vectors");
                    writer.WriteNumber("size", Space.Dimensions);
                    writer.WriteString("distance", "Cosine");
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (QdrantRequestException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
        {
            // Another process created it between our read and our create; the space check below still applies.
            var info = await _http.SendAsync(
                "read collection",
                HttpMethod.Get,
                $"collections/{_collection}",
                null,
                cancellationToken).ConfigureAwait(false);
            await CheckSpaceAsync(info!.Value, cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var key in QdrantPayload.IndexedKeys)
        {
            await _http.SendAsync(
                "create payload index",
                HttpMethod.Put,
                $"collections/{_collection}/index?wait=true",
                writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("field_name", key);
                    writer.WriteString("field_schema", "keyword");
                    writer.WriteEndObject();
                },
                cancellationToken).ConfigureAwait(false);
        }

        _logger.QdrantCollectionCreated(_collection, _http.Host, Space.Dimensions);
    }

    private async Task CheckSpaceAsync(JsonElement info, CancellationToken cancellationToken)
    {
        var (dimensions, distance) = ReadVectorParams(info);
        var record = await ReadSpaceRecordAsync(cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            var stored = new VectorSpace("(not recorded)", dimensions, distance);
            if (dimensions != Space.Dimensions || distance != Space.Distance ||
                await HasPointsAsync(cancellationToken).ConfigureAwait(false))
            {
                // Points of an unknown model must not be mixed with ours; an empty, fitting collection is adopted.
                throw new VectorSpaceMismatchException(stored, Space);
            }

            await WriteSpaceAsync(cancellationToken).ConfigureAwait(false);
            _logger.QdrantSpaceRecorded(_collection, Space.ModelId);
            return;
        }

        var recorded = new VectorSpace(record, dimensions, distance);
        if (recorded != Space)
        {
            throw new VectorSpaceMismatchException(recorded, Space);
        }
    }

    private static (int Dimensions, string Distance) ReadVectorParams(JsonElement info)
    {
        // Unnamed vectors only: a collection of named vectors has no top-level size and never matches our space.
        if (info.TryGetProperty("config", out var config) &&
            config.TryGetProperty("params", out var parameters) &&
            parameters.TryGetProperty("vectors", out var vectors) &&
            vectors.ValueKind == JsonValueKind.Object &&
            vectors.TryGetProperty("size", out var size) &&
            vectors.TryGetProperty("distance", out var distance))
        {
            return (size.GetInt32(), (distance.GetString() ?? string.Empty).ToLowerInvariant());
        }

        return (0, "(named vectors)");
    }

    private async Task<string?> ReadSpaceRecordAsync(CancellationToken cancellationToken)
    {
        var result = await _http.SendAsync(
            "read space record",
            HttpMethod.Post,
            PointsPath(string.Empty),
            writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("ids");
                writer.WriteStringValue(QdrantPointIds.Space);
                writer.WriteEndArray();
                writer.WriteBoolean("with_payload", true);
                writer.WriteBoolean("with_vector", false);
                writer.WriteEndObject();
            },
            cancellationToken).ConfigureAwait(false);
        if (result is not { ValueKind: JsonValueKind.Array } points)
        {
            return null;
        }

        foreach (var point in points.EnumerateArray())
        {
            if (point.TryGetProperty("payload", out var payload) &&
                payload.TryGetProperty(QdrantPayload.Model, out var model))
            {
                return model.GetString();
            }
        }

        return null;
    }

    private async Task<bool> HasPointsAsync(CancellationToken cancellationToken)
    {
        var result = await _http.SendAsync(
            "count points",
            HttpMethod.Post,
            PointsPath("/count"),
            writer =>
            {
                writer.WriteStartObject();
                writer.WriteBoolean("exact", true);
                writer.WriteEndObject();
            },
            cancellationToken).ConfigureAwait(false);
        return result is { } count && count.TryGetProperty("count", out var value) && value.GetInt64() > 0;
    }

    private async Task WriteSpaceAsync(CancellationToken cancellationToken)
    {
        // The record needs a vector of the collection's size; a unit vector keeps cosine normalisation well defined.
        var unit = new float[Space.Dimensions];
        unit[0] = 1;
        await _http.SendAsync(
            "write space record",
            HttpMethod.Put,
            PointsPath("?wait=true"),
            writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("points");
                writer.WriteStartObject();
                writer.WriteString("id", QdrantPointIds.Space);
                WriteVector(writer, "vector", unit);
                writer.WriteStartObject("payload");
                writer.WriteString(QdrantPayload.Kind, QdrantPayload.SpaceKind);
                writer.WriteString(QdrantPayload.Model, Space.ModelId);
                writer.WriteNumber(QdrantPayload.Dimensions, Space.Dimensions);
                writer.WriteString(QdrantPayload.Distance, Space.Distance);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static void WriteVector(Utf8JsonWriter writer, string name, ReadOnlySpan<float> vector)
    {
        writer.WriteStartArray(name);
        foreach (var value in vector)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }
}
