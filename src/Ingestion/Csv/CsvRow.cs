// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Csv;

/// <summary>One well-formed data row of a CSV table.</summary>
/// <param name="Row">1-based number of the record in the file; the header is row 1, blank lines are not rows.</param>
/// <param name="Line">1-based line on which the record starts (a quoted field may span lines).</param>
/// <param name="Fields">The field values, unquoted and untrimmed; as many as the header has.</param>
internal sealed record CsvRow(int Row, int Line, IReadOnlyList<string> Fields)
{
    /// <summary>The trimmed field at <paramref name="column"/>, or empty when the column is absent (-1).</summary>
    public string this[int column] => column >= 0 && column < Fields.Count ? Fields[column].Trim() : "";
}
