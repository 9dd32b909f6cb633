// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Csv.Internal;

/// <summary>One record as scanned, good or not.</summary>
/// <param name="Row">1-based number of the record; blank lines are not counted.</param>
/// <param name="Line">1-based line on which the record starts.</param>
/// <param name="Fields">The fields read; not to be trusted when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the record is malformed, or null.</param>
internal sealed record CsvRecord(int Row, int Line, IReadOnlyList<string> Fields, string? Error);
