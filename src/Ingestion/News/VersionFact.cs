// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.News;

/// <summary>
/// One fact a release stated about its product (<c>release</c> = <c>9.7.0</c>, <c>java</c> = <c>21</c>), with the
/// time it held: from the release's date until a later release of the same line stated the same attribute.
/// </summary>
/// <param name="Version">The release that stated the fact.</param>
/// <param name="Attribute">What the fact is about: <c>release</c>, <c>java</c>, <c>lucene</c>, <c>rust</c>.</param>
/// <param name="Value">What the release said.</param>
/// <param name="ValidFrom">Release date (YYYY-MM-DD), or null when the source gives none.</param>
/// <param name="ValidTo">Date of the release that superseded it, or null while current (or when that release is undated).</param>
/// <param name="SupersededBy">The version that superseded it, or null.</param>
public sealed record VersionFact(
    string Version,
    string Attribute,
    string Value,
    string? ValidFrom,
    string? ValidTo,
    string? SupersededBy)
{
    /// <summary>Whether no later release has superseded the fact.</summary>
    public bool Current => SupersededBy is null;
}
