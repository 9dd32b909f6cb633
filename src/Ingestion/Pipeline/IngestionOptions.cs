// Copyright (c) SalesCognition. All rights reserved.

using System.ComponentModel.DataAnnotations;
using SalesCognition.Ingestion.Pipeline.Internal;

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>Limits and sizes of ingestion.</summary>
public sealed class IngestionOptions : IValidatableObject
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

    /// <summary>
    /// Whether each entry's sentences get vectors of their own (passage vectors, see <c>Retrieval:PassageWeight</c>).
    /// They about double the text sent to the embedding model, which matters when a paid endpoint embeds; without
    /// them the vector leg scores whole texts only.
    /// </summary>
    public bool PassageVectors { get; set; } = true;

    /// <summary>
    /// The encoding of files that are not valid UTF-8 (for example <c>gb18030</c>); null rejects them with a clear error.
    /// UTF-8 and UTF-16 with a byte-order mark are always recognised.
    /// </summary>
    public string? FallbackEncoding { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FallbackEncoding is not null && !SourceDecoder.IsKnownEncoding(FallbackEncoding))
        {
            yield return new ValidationResult(
                $"Ingestion:FallbackEncoding '{FallbackEncoding}' is not an encoding this process knows.",
                [nameof(FallbackEncoding)]);
        }
    }
}
