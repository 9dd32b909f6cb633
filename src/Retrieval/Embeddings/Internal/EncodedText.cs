// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Embeddings.Internal;

/// <summary>The token ids of one input, special tokens included, and whether text was cut off to fit.</summary>
internal readonly record struct EncodedText(int[] Ids, bool Truncated);
