// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Retrieval.Liveness;

/// <summary>
/// Which entries a liveness report lists: the lowest-scoring ones, optionally of one kind and older than an age.
/// </summary>
public sealed record LivenessReportQuery
{
    /// <summary>Tenant to report on.</summary>
    public string Tenant { get; init; } = TenantIds.Default;

    /// <summary>
    /// Only entries of this kind (<c>section</c>, <c>case</c>, <c>news</c>, <c>control</c>...), or all.
    /// </summary>
    public string? Type { get; init; }

    /// <summary>How many of the lowest entries to list, or all when null.</summary>
    public int? Lowest { get; init; }

    /// <summary>Only entries whose content is at least this old.</summary>
    public TimeSpan? OlderThan { get; init; }

    /// <summary>Whether archived entries are listed too.</summary>
    public bool IncludeArchived { get; init; }
}
