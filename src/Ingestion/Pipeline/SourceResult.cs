// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>The outcome of one source.</summary>
/// <param name="Source">The path or identity of the source.</param>
/// <param name="Outcome">What was done.</param>
/// <param name="Error">Why it failed (with file, line or field), when it failed.</param>
/// <param name="Entries">How many entries the source has now.</param>
public sealed record SourceResult(string Source, SourceOutcome Outcome, string? Error = null, int Entries = 0)
{
    /// <summary>Problems in the source that were worked around.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
