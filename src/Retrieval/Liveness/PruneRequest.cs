// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Retrieval.Liveness;

/// <summary>
/// What to archive: the named entries, or every live entry scoring below a threshold; and why, and who asks.
/// </summary>
public sealed record PruneRequest
{
    /// <summary>Tenant of the entries.</summary>
    public string Tenant { get; init; } = TenantIds.Default;

    /// <summary>The entries to archive (exclusive with <see cref="Below"/>).</summary>
    public IReadOnlyList<string> EntryIds { get; init; } = [];

    /// <summary>Archive every live entry whose score is below this (0 to 1).</summary>
    public double? Below { get; init; }

    /// <summary>With <see cref="Below"/>: only entries of this kind.</summary>
    public string? Type { get; init; }

    /// <summary>Only say what would be archived.</summary>
    public bool DryRun { get; init; }

    /// <summary>Why (required).</summary>
    public string Reason { get; init; } = "";

    /// <summary>Who (an opaque id).</summary>
    public required string Actor { get; init; }
}
