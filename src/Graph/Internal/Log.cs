// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;

namespace SalesCognition.Graph.Internal;

internal static partial class Log
{
    [LoggerMessage(EventId = 1000, EventName = "GraphStoreOpened", Level = LogLevel.Information,
        Message = "Graph store opened with {SeedCount} ontology entities")]
    public static partial void GraphStoreOpened(this ILogger logger, int seedCount);

    [LoggerMessage(EventId = 1001, EventName = "SourceCommitted", Level = LogLevel.Debug,
        Message = "Source {SourceId} written to the graph: {NodeCount} nodes, {RelationCount} relations, " +
            "{EntryCount} entries")]
    public static partial void SourceCommitted(
        this ILogger logger,
        string sourceId,
        int nodeCount,
        int relationCount,
        int entryCount);

    [LoggerMessage(EventId = 1050, EventName = "EntriesArchivedSet", Level = LogLevel.Information,
        Message = "{EntryCount} entries set to archived = {Archived}")]
    public static partial void EntriesArchivedSet(this ILogger logger, int entryCount, bool archived);
}
