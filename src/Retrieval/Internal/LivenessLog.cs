// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;

namespace SalesCognition.Retrieval.Internal;

/// <summary>Log events of liveness: ids 2700-2799.</summary>
internal static partial class LivenessLog
{
    [LoggerMessage(EventId = 2700, EventName = "UsageBatchWritten", Level = LogLevel.Trace,
        Message = "Usage ledger wrote {EventCount} events")]
    public static partial void UsageBatchWritten(this ILogger logger, int eventCount);

    [LoggerMessage(EventId = 2701, EventName = "UsageEventsDropped", Level = LogLevel.Warning,
        Message = "Usage ledger queue is full: {DroppedCount} events dropped so far")]
    public static partial void UsageEventsDropped(this ILogger logger, long droppedCount);

    [LoggerMessage(EventId = 2702, EventName = "UsageBatchFailed", Level = LogLevel.Error,
        Message = "Usage ledger could not write {EventCount} events")]
    public static partial void UsageBatchFailed(this ILogger logger, Exception exception, int eventCount);

    [LoggerMessage(EventId = 2703, EventName = "EntriesPruned", Level = LogLevel.Information,
        Message = "Actor {Actor} pruned {EntryCount} entries (audit record {AuditId})")]
    public static partial void EntriesPruned(this ILogger logger, string actor, int entryCount, long auditId);

    [LoggerMessage(EventId = 2704, EventName = "EntriesRestored", Level = LogLevel.Information,
        Message = "Actor {Actor} restored {EntryCount} entries (audit record {AuditId})")]
    public static partial void EntriesRestored(this ILogger logger, string actor, int entryCount, long auditId);

    [LoggerMessage(EventId = 2705, EventName = "EntryRated", Level = LogLevel.Debug,
        Message = "Entry {EntryId} rated {Score}")]
    public static partial void EntryRated(this ILogger logger, string entryId, int score);
}
