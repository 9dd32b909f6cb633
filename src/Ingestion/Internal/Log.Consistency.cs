// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;

namespace SalesCognition.Ingestion.Internal;

/// <summary>Events of removal, pruning, recovery and watching (3300s).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3300, EventName = "SourceRemoved", Level = LogLevel.Information,
        Message = "Source {SourceId} removed from every store")]
    public static partial void SourceRemoved(this ILogger logger, string sourceId);

    [LoggerMessage(EventId = 3301, EventName = "SourceIngestAbandoned", Level = LogLevel.Information,
        Message = "Source {SourceId} was removed while it was being ingested; nothing was written")]
    public static partial void SourceIngestAbandoned(this ILogger logger, string sourceId);

    [LoggerMessage(EventId = 3302, EventName = "SourceRepaired", Level = LogLevel.Warning,
        Message = "Source {SourceId} was repaired at start-up: {Action}")]
    public static partial void SourceRepaired(this ILogger logger, string sourceId, string action);

    [LoggerMessage(EventId = 3303, EventName = "RecoveryCompleted", Level = LogLevel.Information,
        Message = "Store consistency checked: {SourceCount} sources, {RepairCount} repairs")]
    public static partial void RecoveryCompleted(this ILogger logger, int sourceCount, int repairCount);

    [LoggerMessage(EventId = 3305, EventName = "WatchStarted", Level = LogLevel.Information,
        Message = "Watching {FolderCount} folders")]
    public static partial void WatchStarted(this ILogger logger, int folderCount);

    [LoggerMessage(EventId = 3306, EventName = "WatchPassFailed", Level = LogLevel.Error,
        Message = "A watch pass failed; the next pass retries")]
    public static partial void WatchPassFailed(this ILogger logger, Exception exception);
}
