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
}
