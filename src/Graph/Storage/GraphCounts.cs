// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Storage;

/// <summary>Sizes of one tenant's graph.</summary>
/// <param name="Sources">Ingested sources.</param>
/// <param name="Nodes">Nodes, seeds included.</param>
/// <param name="Relations">Relations.</param>
/// <param name="Entries">Knowledge entries.</param>
public sealed record GraphCounts(long Sources, long Nodes, long Relations, long Entries);
