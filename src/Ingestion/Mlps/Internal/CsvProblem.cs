// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Mlps.Internal;

/// <summary>A data row the CSV parser could not take.</summary>
/// <param name="Number">1-based number of the data row.</param>
/// <param name="Line">1-based line on which the row starts.</param>
/// <param name="Message">What is wrong with it.</param>
internal sealed record CsvProblem(int Number, int Line, string Message);
