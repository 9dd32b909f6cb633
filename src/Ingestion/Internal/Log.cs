// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;

namespace SalesCognition.Ingestion.Internal;

internal static partial class Log
{
    [LoggerMessage(EventId = 3000, EventName = "IngestionStarted", Level = LogLevel.Information,
        Message = "Ingestion started with {SourceCount} sources")]
    public static partial void IngestionStarted(this ILogger logger, int sourceCount);

    [LoggerMessage(EventId = 3001, EventName = "IngestionCompleted", Level = LogLevel.Information,
        Message = "Ingestion completed: {Added} added, {Updated} updated, {Unchanged} unchanged, {Failed} failed")]
    public static partial void IngestionCompleted(
        this ILogger logger,
        int added,
        int updated,
        int unchanged,
        int failed);

    [LoggerMessage(EventId = 3002, EventName = "SourceIngested", Level = LogLevel.Debug,
        Message = "Source {SourceId} ingested with {EntryCount} entries")]
    public static partial void SourceIngested(this ILogger logger, string sourceId, int entryCount);

    [LoggerMessage(EventId = 3003, EventName = "SourceUnchanged", Level = LogLevel.Debug,
        Message = "Source {SourceId} is unchanged")]
    public static partial void SourceUnchanged(this ILogger logger, string sourceId);

    [LoggerMessage(EventId = 3004, EventName = "SourceFailed", Level = LogLevel.Information,
        Message = "Source {SourceId} failed: {Reason}")]
    public static partial void SourceFailed(this ILogger logger, string sourceId, string reason);

    [LoggerMessage(EventId = 3005, EventName = "SourceWarning", Level = LogLevel.Warning,
        Message = "Source {SourceId} ingested with a problem at {Location}: {Problem}")]
    public static partial void SourceWarning(this ILogger logger, string sourceId, string location, string problem);

    [LoggerMessage(EventId = 3006, EventName = "SourceCrashed", Level = LogLevel.Error,
        Message = "Source {SourceId} failed on an internal error")]
    public static partial void SourceCrashed(this ILogger logger, Exception exception, string sourceId);
}
