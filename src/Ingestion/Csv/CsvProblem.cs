// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;

namespace SalesCognition.Ingestion.Csv;

/// <summary>A record the CSV parser could not take.</summary>
/// <param name="Row">1-based number of the record in the file; the header is row 1.</param>
/// <param name="Line">1-based line on which the record starts.</param>
/// <param name="Message">What is wrong with it, as a sentence.</param>
internal sealed record CsvProblem(int Row, int Line, string Message)
{
    /// <summary>Where the record is, for a warning: <c>row 4 (line 5)</c>.</summary>
    public string Location => string.Create(CultureInfo.InvariantCulture, $"row {Row} (line {Line})");
}
