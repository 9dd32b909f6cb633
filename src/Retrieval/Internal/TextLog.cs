// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;

namespace SalesCognition.Retrieval.Internal;

/// <summary>Log events of the text index (EventIds 2000-2099).</summary>
internal static partial class TextLog
{
    [LoggerMessage(EventId = 2000, EventName = "TextIndexOpened", Level = LogLevel.Information,
        Message = "Text index opened at {Path} with {DocumentCount} documents")]
    public static partial void TextIndexOpened(this ILogger logger, string path, int documentCount);

    [LoggerMessage(EventId = 2001, EventName = "TextSourceReplaced", Level = LogLevel.Debug,
        Message = "Text index source {SourceId} of tenant {Tenant} replaced with {DocumentCount} documents")]
    public static partial void TextSourceReplaced(
        this ILogger logger,
        string tenant,
        string sourceId,
        int documentCount);

    [LoggerMessage(EventId = 2002, EventName = "TextSourceRemoved", Level = LogLevel.Debug,
        Message = "Text index source {SourceId} of tenant {Tenant} removed")]
    public static partial void TextSourceRemoved(this ILogger logger, string tenant, string sourceId);

    [LoggerMessage(EventId = 2003, EventName = "TextWriteRolledBack", Level = LogLevel.Error,
        Message = "Text index write for source {SourceId} of tenant {Tenant} failed and was rolled back")]
    public static partial void TextWriteRolledBack(
        this ILogger logger,
        Exception exception,
        string tenant,
        string sourceId);

    [LoggerMessage(EventId = 2004, EventName = "TextWriterReopenFailed", Level = LogLevel.Error,
        Message = "Text index writer could not be reopened after a rollback; writes will fail until restart")]
    public static partial void TextWriterReopenFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2005, EventName = "TextSearchCompleted", Level = LogLevel.Trace,
        Message = "Text search for tenant {Tenant} used {TermCount} terms and returned {HitCount} hits")]
    public static partial void TextSearchCompleted(this ILogger logger, string tenant, int termCount, int hitCount);

    [LoggerMessage(EventId = 2006, EventName = "TextIndexClosed", Level = LogLevel.Information,
        Message = "Text index at {Path} closed")]
    public static partial void TextIndexClosed(this ILogger logger, string path);
}
