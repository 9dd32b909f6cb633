// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Watching;

/// <summary>How a <see cref="FolderWatcher"/> paces its passes.</summary>
public sealed record WatchOptions
{
    /// <summary>Quiet time after the last change before a pass runs.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A pass also runs this long after the previous one, in case file-system events were lost.</summary>
    public TimeSpan RescanInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The ingestion kind, <c>auto</c> by default.</summary>
    public string Kind { get; init; } = SourceKinds.Auto;

    /// <summary>The tenant the folders belong to.</summary>
    public string Tenant { get; init; } = TenantIds.Default;
}
