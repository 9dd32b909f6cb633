// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Model;

/// <summary>An entity named in an entry, with the words that named it.</summary>
/// <param name="NodeId">Id of the node mentioned.</param>
/// <param name="Surface">The text that named it, or the rule that linked it (for example <c>subject</c>).</param>
public sealed record EntityMention(string NodeId, string Surface);
