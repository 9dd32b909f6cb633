// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Review;

/// <summary>A knowledge entry that cites (mentions) a product.</summary>
/// <param name="EntryId">Id of the entry.</param>
/// <param name="SourceId">Source the entry was cut from.</param>
/// <param name="Kind">Entry kind, for example <c>battlecard</c>.</param>
/// <param name="Title">Title of the entry.</param>
/// <param name="NodeId">The cited node.</param>
public sealed record CitingEntry(string EntryId, string SourceId, string Kind, string Title, string NodeId);
