// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;

namespace SalesCognition.Ingestion.Internal;

/// <summary>Reindex events, ids 3500-3599.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3500, EventName = "ReindexStarted", Level = LogLevel.Information,
        Message = "Reindex started: vectors of model {PreviousModel} rebuilt with {ModelId} for {SourceCount} sources")]
    public static partial void ReindexStarted(
        this ILogger logger,
        string previousModel,
        string modelId,
        int sourceCount);

    [LoggerMessage(EventId = 3501, EventName = "ReindexCompleted", Level = LogLevel.Information,
        Message = "Reindex completed with model {ModelId}: {SourceCount} sources, {EntryCount} entries")]
    public static partial void ReindexCompleted(this ILogger logger, string modelId, int sourceCount, int entryCount);
}
