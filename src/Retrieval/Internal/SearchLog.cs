// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;

namespace SalesCognition.Retrieval.Internal;

internal static partial class SearchLog
{
    [LoggerMessage(EventId = 2200, EventName = "SearchCompleted", Level = LogLevel.Debug,
        Message = "Search fused {TextCandidates} text and {VectorCandidates} vector candidates into {HitCount} hits")]
    public static partial void SearchCompleted(
        this ILogger logger,
        int textCandidates,
        int vectorCandidates,
        int hitCount);

    [LoggerMessage(EventId = 2201, EventName = "TokenCacheRecreated", Level = LogLevel.Warning,
        Message = "The token-vector cache {Path} could not be opened ({Reason}); it was set aside and a new one started")]
    public static partial void TokenCacheRecreated(this ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 2202, EventName = "TokenCacheWriteFailed", Level = LogLevel.Warning,
        Message = "Could not keep {Count} texts' token vectors ({Reason}); searches will make them again")]
    public static partial void TokenCacheWriteFailed(this ILogger logger, int count, string reason);

    [LoggerMessage(EventId = 2203, EventName = "TokenCacheRecordDamaged", Level = LogLevel.Warning,
        Message = "A damaged token-vector record was made again ({Reason})")]
    public static partial void TokenCacheRecordDamaged(this ILogger logger, string reason);

    [LoggerMessage(EventId = 2204, EventName = "TokenCacheUnusable", Level = LogLevel.Warning,
        Message = "The token-vector cache {Path} cannot be used ({Reason}); re-ranking makes the vectors for each search")]
    public static partial void TokenCacheUnusable(this ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 2205, EventName = "TokenCacheReadFailed", Level = LogLevel.Warning,
        Message = "The token-vector cache could not be read ({Reason}); the vectors are made again")]
    public static partial void TokenCacheReadFailed(this ILogger logger, string reason);
}
