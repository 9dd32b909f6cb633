// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness.Internal;

/// <summary>The default until a flag source is registered: no entry has open flags.</summary>
internal sealed class NoNeedsReviewFlags : INeedsReviewSource
{
    private static readonly IReadOnlyDictionary<string, int> None = new Dictionary<string, int>();

    public Task<IReadOnlyDictionary<string, int>> CountOpenFlagsAsync(
        string tenant,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(None);
}
