// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Sources;

/// <summary>One source handed to the readers.</summary>
/// <param name="SourceId">Stable identity (normalised path or URI).</param>
/// <param name="Path">Where it was read from, for messages.</param>
/// <param name="Text">The decoded text (UTF-8, byte-order mark removed).</param>
/// <param name="KindHint">The <c>--kind</c> the user asked for, or <c>auto</c>.</param>
public sealed record SourceInput(string SourceId, string Path, string Text, string KindHint);
