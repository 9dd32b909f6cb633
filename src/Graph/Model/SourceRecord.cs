// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Model;

/// <summary>What the store knows of one ingested source.</summary>
/// <param name="SourceId">Stable identity of the source (its normalised path or URI).</param>
/// <param name="Uri">Where the source was read from.</param>
/// <param name="Kind">Ingestion kind: <c>docs</c>, <c>cases</c>, <c>news</c>, <c>standard</c>.</param>
/// <param name="ContentHash">SHA-256 of the source bytes, hex.</param>
/// <param name="State">Whether every store holds this version (<see cref="SourceState.Committed"/>).</param>
/// <param name="IngestedAt">When this version was written.</param>
public sealed record SourceRecord(
    string SourceId,
    string Uri,
    string Kind,
    string ContentHash,
    SourceState State,
    DateTimeOffset IngestedAt)
{
    /// <summary>Tenant that owns the source.</summary>
    public string Tenant { get; init; } = TenantIds.Default;

    /// <summary>Title of the source.</summary>
    public string Title { get; init; } = "";
}
