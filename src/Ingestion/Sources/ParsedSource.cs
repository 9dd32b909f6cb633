// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Ingestion.Sources;

/// <summary>What a reader made of one source: its sections (not yet chunked) and the graph facts it states.</summary>
public sealed record ParsedSource
{
    /// <summary>Ingestion kind: <c>docs</c>, <c>cases</c>, <c>news</c> or <c>standard</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Title of the source.</summary>
    public required string Title { get; init; }

    /// <summary>Who owns the source's content.</summary>
    public DataOwnership Ownership { get; init; } = DataOwnership.CompanyOwned;

    /// <summary>Sections in reading order; the chunker bounds their size.</summary>
    public IReadOnlyList<ParsedSection> Sections { get; init; } = [];

    /// <summary>Nodes the source defines or names.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; init; } = [];

    /// <summary>
    /// Relations the source states; both ends must be in <see cref="Nodes"/> or already in the graph.
    /// </summary>
    public IReadOnlyList<GraphRelation> Relations { get; init; } = [];

    /// <summary>Other names the source gives nodes.</summary>
    public IReadOnlyList<NodeAlias> Aliases { get; init; } = [];

    /// <summary>Problems the reader worked around; the source still ingests.</summary>
    public IReadOnlyList<IngestionWarning> Warnings { get; init; } = [];
}
