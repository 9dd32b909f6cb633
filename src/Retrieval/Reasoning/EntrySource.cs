// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning;

/// <summary>One knowledge entry an answer rests on, and where in which source it was cut from.</summary>
/// <param name="EntryId">The knowledge entry's id.</param>
/// <param name="SourceId">The id of the source the entry was cut from (its declared id or normalised path).</param>
/// <param name="SourceUri">Where that source was read from; empty when the store no longer knows the source.</param>
/// <param name="Locator">Where the entry stands in its source: <c>chars 120-560</c> or a structural path.</param>
/// <param name="Section">The entry's heading path, joined by <c> &gt; </c> (empty for structured sources).</param>
public sealed record EntrySource(string EntryId, string SourceId, string SourceUri, string Locator, string Section);
