// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Evaluation;

/// <summary>One query of a BEIR set.</summary>
/// <param name="Id">The query's <c>_id</c>.</param>
/// <param name="Text">The query text.</param>
public sealed record BeirQuery(string Id, string Text);
