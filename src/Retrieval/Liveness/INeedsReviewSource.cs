// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>
/// Where liveness reads open <c>needs-review</c> flags from (ingestion raises them when news invalidates an entry).
/// </summary>
public interface INeedsReviewSource
{
    /// <summary>Open flags per entry id; entries without flags may be left out.</summary>
    Task<IReadOnlyDictionary<string, int>> CountOpenFlagsAsync(
        string tenant,
        CancellationToken cancellationToken = default);
}
