// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Mlps.Internal;

/// <summary>One data row of a CSV table.</summary>
/// <param name="Number">1-based number of the data row (the header is row 0).</param>
/// <param name="Line">1-based line on which the row starts.</param>
/// <param name="Fields">The field values, unquoted.</param>
internal sealed record CsvRow(int Number, int Line, IReadOnlyList<string> Fields);
