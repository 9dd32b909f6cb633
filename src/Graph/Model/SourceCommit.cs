// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Model;

/// <summary>Everything one version of a source contributes to the graph; written as one transaction.</summary>
public sealed record SourceCommit
{
    /// <summary>The source and its version.</summary>
    public required SourceRecord Source { get; init; }

    /// <summary>Nodes the source names or defines (upserted; the source becomes one of their provenances).</summary>
    public IReadOnlyList<GraphNode> Nodes { get; init; } = [];

    /// <summary>Relations the source states.</summary>
    public IReadOnlyList<GraphRelation> Relations { get; init; } = [];

    /// <summary>Other names the source gives nodes (merged variants, spellings).</summary>
    public IReadOnlyList<NodeAlias> Aliases { get; init; } = [];

    /// <summary>The entries cut from the source, with their mentions.</summary>
    public IReadOnlyList<KnowledgeEntry> Entries { get; init; } = [];
}
