// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Graph.Storage;

/// <summary>A node with the other names it is known by.</summary>
/// <param name="Node">The node.</param>
/// <param name="Aliases">Its aliases, as written.</param>
public sealed record NodeWithAliases(GraphNode Node, IReadOnlyList<string> Aliases);
