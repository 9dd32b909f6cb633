// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Review;

/// <summary>Where a review flag stands.</summary>
public enum ReviewState
{
    /// <summary>The entry needs review: news about a product it cites arrived after it was written.</summary>
    Open = 0,

    /// <summary>A knowledge manager confirmed the entry still holds.</summary>
    Confirmed = 1,

    /// <summary>The entry was updated (re-ingested with changed content) after the news arrived.</summary>
    Cleared = 2,
}
