// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Crm.Internal;

/// <summary>One data row of a CSV table and the line it starts on.</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>The trimmed field at <paramref name="column"/>, or empty when the row is short or the column absent.</summary>
    public string this[int column] => column >= 0 && column < Fields.Count ? Fields[column].Trim() : "";
}
