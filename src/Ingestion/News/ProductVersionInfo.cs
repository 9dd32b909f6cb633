// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.News;

/// <summary>A known release of a product.</summary>
/// <param name="Version">Version string.</param>
/// <param name="Released">Release date (YYYY-MM-DD), or null.</param>
/// <param name="Supersedes">The release it follows in its line (the highest lower version released before it), or null.</param>
/// <param name="NodeIds">The <c>ProductVersion</c> nodes stating it.</param>
public sealed record ProductVersionInfo(
    string Version,
    string? Released,
    string? Supersedes,
    IReadOnlyList<string> NodeIds);
