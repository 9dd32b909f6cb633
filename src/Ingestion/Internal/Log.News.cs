// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;

namespace SalesCognition.Ingestion.Internal;

internal static partial class Log
{
    [LoggerMessage(EventId = 3400, EventName = "ObserverFailed", Level = LogLevel.Error,
        Message = "Source change observer {Observer} failed for source {SourceId}")]
    public static partial void ObserverFailed(
        this ILogger logger,
        Exception exception,
        string observer,
        string sourceId);

    [LoggerMessage(EventId = 3401, EventName = "EntriesFlaggedForReview", Level = LogLevel.Information,
        Message = "Source {SourceId} flagged {Count} entries for review")]
    public static partial void EntriesFlaggedForReview(this ILogger logger, string sourceId, int count);

    [LoggerMessage(EventId = 3402, EventName = "ReviewFlagsCleared", Level = LogLevel.Information,
        Message = "Update of source {SourceId} cleared {Count} review flags")]
    public static partial void ReviewFlagsCleared(this ILogger logger, string sourceId, int count);

    [LoggerMessage(EventId = 3403, EventName = "TokenVectorsMade", Level = LogLevel.Debug,
        Message = "Source {SourceId}: token vectors made for {Made} of {Entries} entries (the rest were kept already)")]
    public static partial void TokenVectorsMade(this ILogger logger, string sourceId, int made, int entries);
}
