// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>
/// Takes note of entries being used. Implementations must return at once (queue, never write on the caller's
/// thread): they sit on the request path of every search.
/// </summary>
public interface IUsageRecorder
{
    /// <summary>
    /// Records that <paramref name="entryIds"/> were used once each, now, in <paramref name="kind"/>.
    /// </summary>
    void Record(string tenant, IReadOnlyCollection<string> entryIds, UsageKind kind, UsageCaller caller);
}
