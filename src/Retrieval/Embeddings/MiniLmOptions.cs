// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Embeddings;

/// <summary>Settings of the local <see cref="MiniLmEmbeddingGenerator"/>.</summary>
public sealed class MiniLmOptions
{
    /// <summary>The largest <see cref="MaxTokens"/> the model accepts (its position embeddings).</summary>
    public const int ModelMaxTokens = 512;

    /// <summary>
    /// Tokens kept per input, [CLS] and [SEP] included; the rest of a longer input is ignored. The default, 256,
    /// is the length the model was trained with.
    /// </summary>
    public int MaxTokens { get; set; } = 256;

    /// <summary>Inputs run through the model together; inputs are grouped by length first. Default 32.</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>
    /// Threads one inference may use; <see langword="null"/> means <see cref="Environment.ProcessorCount"/>.
    /// Values above the processor count are lowered to it.
    /// </summary>
    public int? IntraOpThreads { get; set; }
}
