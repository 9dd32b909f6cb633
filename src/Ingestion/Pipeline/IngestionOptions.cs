// Copyright (c) SalesCognition. All rights reserved.

using System.ComponentModel.DataAnnotations;

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>Limits and sizes of ingestion.</summary>
public sealed class IngestionOptions
{
    /// <summary>Files larger than this many bytes are rejected.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Upper bound of a chunk's length in characters.</summary>
    [Range(200, 20_000)]
    public int ChunkMaxChars { get; set; } = 1200;

    /// <summary>How many texts are sent to the embedding model at once.</summary>
    [Range(1, 1024)]
    public int EmbeddingBatchSize { get; set; } = 64;
}
