// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Text;

/// <summary>A text-index match.</summary>
/// <param name="EntryId">Id of the knowledge entry.</param>
/// <param name="Score">BM25 score.</param>
public sealed record TextHit(string EntryId, float Score);
