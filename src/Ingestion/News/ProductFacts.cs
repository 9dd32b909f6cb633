// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.News;

/// <summary>What the news says about a product's versions, optionally as of one date.</summary>
/// <param name="ProductId">Node id of the product.</param>
/// <param name="ProductName">Its name.</param>
/// <param name="At">The date asked about, or null for the whole history.</param>
/// <param name="Versions">Its known releases, oldest first.</param>
/// <param name="Facts">The facts: all of them (current and superseded), or those valid at <paramref name="At"/>.</param>
public sealed record ProductFacts(
    string ProductId,
    string ProductName,
    string? At,
    IReadOnlyList<ProductVersionInfo> Versions,
    IReadOnlyList<VersionFact> Facts);
