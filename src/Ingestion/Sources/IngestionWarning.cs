// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Sources;

/// <summary>A problem in a source that was worked around.</summary>
/// <param name="Location">Where: a line, row, field or JSON path (empty for the whole source).</param>
/// <param name="Message">What was wrong and what was done.</param>
public sealed record IngestionWarning(string Location, string Message);
