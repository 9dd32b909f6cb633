// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;

namespace SalesCognition.Graph.Internal;

/// <summary>Log events of the Neo4j graph store (EventIds 1100-1199). The password is never logged.</summary>
internal static partial class Neo4jLog
{
    [LoggerMessage(EventId = 1100, EventName = "Neo4jGraphStoreOpened", Level = LogLevel.Information,
        Message = "Neo4j graph store opened: database {Database} on {Host}")]
    public static partial void Neo4jGraphStoreOpened(this ILogger logger, string database, string host);

    [LoggerMessage(EventId = 1101, EventName = "Neo4jRequestFailed", Level = LogLevel.Warning,
        Message = "Neo4j {Operation} failed with HTTP {StatusCode} ({ErrorCode})")]
    public static partial void Neo4jRequestFailed(this ILogger logger, string operation, int statusCode, string errorCode);

    [LoggerMessage(EventId = 1102, EventName = "Neo4jTransactionRolledBack", Level = LogLevel.Information,
        Message = "Neo4j transaction of {Operation} rolled back")]
    public static partial void Neo4jTransactionRolledBack(this ILogger logger, string operation);

    [LoggerMessage(EventId = 1103, EventName = "Neo4jRollbackFailed", Level = LogLevel.Warning,
        Message = "Neo4j transaction of {Operation} could not be rolled back; the server drops it when it expires")]
    public static partial void Neo4jRollbackFailed(this ILogger logger, string operation, Exception exception);
}
