// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>A recorder that records nothing: the default until the liveness ledger is added.</summary>
public sealed class NullUsageRecorder : IUsageRecorder
{
    /// <summary>The shared instance.</summary>
    public static NullUsageRecorder Instance { get; } = new();

    /// <inheritdoc />
    public void Record(string tenant, IReadOnlyCollection<string> entryIds, UsageKind kind, UsageCaller caller)
    {
    }
}
