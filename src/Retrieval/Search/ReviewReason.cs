// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Search;

/// <summary>Why a hit needs review: a news item about a product the entry cites arrived after it was written.</summary>
/// <param name="NewsId">Node id of the news item.</param>
/// <param name="NewsTitle">Title of the news item.</param>
/// <param name="NewsDate">Its publication date (YYYY-MM-DD), when known.</param>
/// <param name="FlaggedAt">When the entry was flagged.</param>
public sealed record ReviewReason(string NewsId, string NewsTitle, string? NewsDate, DateTimeOffset FlaggedAt);
