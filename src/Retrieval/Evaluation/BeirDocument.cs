// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Evaluation;

/// <summary>One document of a BEIR corpus.</summary>
/// <param name="Id">The document's <c>_id</c>.</param>
/// <param name="Title">Its title, possibly empty.</param>
/// <param name="Text">Its text.</param>
public sealed record BeirDocument(string Id, string Title, string Text);
