// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Model;

/// <summary>Another name of a node, as a source writes it.</summary>
/// <param name="NodeId">The node.</param>
/// <param name="Alias">The other name.</param>
public sealed record NodeAlias(string NodeId, string Alias);
