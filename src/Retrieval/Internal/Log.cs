// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;

namespace SalesCognition.Retrieval.Internal;

/// <summary>Log events of the Retrieval project; ids 2000-2999, embeddings 2100-2199.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, EventName = "EmbeddingModelLoaded", Level = LogLevel.Information,
        Message = "Embedding model {ModelId} loaded in {ElapsedMilliseconds} ms with {IntraOpThreads} intra-op " +
            "threads")]
    public static partial void EmbeddingModelLoaded(
        this ILogger logger, string modelId, long elapsedMilliseconds, int intraOpThreads);

    [LoggerMessage(EventId = 2101, EventName = "EmbeddingInputsTruncated", Level = LogLevel.Debug,
        Message = "{TruncatedCount} of {InputCount} embedding inputs were cut to {MaxTokens} tokens")]
    public static partial void EmbeddingInputsTruncated(
        this ILogger logger,
        int truncatedCount,
        int inputCount,
        int maxTokens);

    [LoggerMessage(EventId = 2102, EventName = "EmbeddingBatchCompleted", Level = LogLevel.Trace,
        Message = "Embedding batch {BatchNumber} of {BatchCount} done: {BatchSize} inputs padded to {SequenceLength} " +
            "tokens")]
    public static partial void EmbeddingBatchCompleted(
        this ILogger logger, int batchNumber, int batchCount, int batchSize, int sequenceLength);
}
