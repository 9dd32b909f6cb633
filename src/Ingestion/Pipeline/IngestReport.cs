// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>The outcome of an ingestion run: one result per source.</summary>
/// <param name="Sources">Every source, in the order processed.</param>
public sealed record IngestReport(IReadOnlyList<SourceResult> Sources)
{
    /// <summary>Sources stored for the first time.</summary>
    public int Added => Count(SourceOutcome.Added);

    /// <summary>Sources whose new version replaced the old one.</summary>
    public int Updated => Count(SourceOutcome.Updated);

    /// <summary>Sources already stored with the same bytes.</summary>
    public int Unchanged => Count(SourceOutcome.Unchanged);

    /// <summary>Sources removed.</summary>
    public int Removed => Count(SourceOutcome.Removed);

    /// <summary>Sources that failed.</summary>
    public IReadOnlyList<SourceResult> Failed => [.. Sources.Where(s => s.Outcome == SourceOutcome.Failed)];

    private int Count(SourceOutcome outcome) => Sources.Count(s => s.Outcome == outcome);
}
