// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;

namespace SalesCognition.Retrieval.Internal;

/// <summary>Log events of the Qdrant vector index (EventIds 2400-2499). The API key is never logged.</summary>
internal static partial class QdrantLog
{
    [LoggerMessage(EventId = 2400, EventName = "QdrantCollectionCreated", Level = LogLevel.Information,
        Message = "Qdrant collection {Collection} created on {Host} for {Dimensions}-dimensional cosine vectors")]
    public static partial void QdrantCollectionCreated(
        this ILogger logger,
        string collection,
        string host,
        int dimensions);

    [LoggerMessage(EventId = 2401, EventName = "QdrantIndexOpened", Level = LogLevel.Information,
        Message = "Qdrant vector index opened: collection {Collection} on {Host}, model {ModelId}")]
    public static partial void QdrantIndexOpened(this ILogger logger, string collection, string host, string modelId);

    [LoggerMessage(EventId = 2402, EventName = "QdrantSpaceRecorded", Level = LogLevel.Information,
        Message = "Qdrant collection {Collection} had no model record and no points; model {ModelId} recorded")]
    public static partial void QdrantSpaceRecorded(this ILogger logger, string collection, string modelId);

    [LoggerMessage(EventId = 2403, EventName = "QdrantSourceReplaced", Level = LogLevel.Debug,
        Message = "Qdrant source {SourceId} of tenant {Tenant} replaced with {EntryCount} entries ({PointCount} " +
            "points)")]
    public static partial void QdrantSourceReplaced(
        this ILogger logger,
        string tenant,
        string sourceId,
        int entryCount,
        int pointCount);

    [LoggerMessage(EventId = 2404, EventName = "QdrantRequestFailed", Level = LogLevel.Warning,
        Message = "Qdrant {Operation} failed with HTTP {StatusCode}")]
    public static partial void QdrantRequestFailed(this ILogger logger, string operation, int statusCode);

    [LoggerMessage(EventId = 2405, EventName = "QdrantPassagesBlended", Level = LogLevel.Trace,
        Message = "Qdrant search of tenant {Tenant} blended passages over {CandidateCount} candidate entries")]
    public static partial void QdrantPassagesBlended(this ILogger logger, string tenant, int candidateCount);
}
