// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.News.Internal;

/// <summary>
/// Adds release facts to a Markdown news item: when its title (or <c>version</c> front matter) names a release, a
/// <c>ProductVersion</c> node with its date and version facts; a <c>cve</c> header becomes a property of the item.
/// </summary>
internal static class NewsRelease
{
    public static ParsedSource Augment(
        ParsedSource parsed,
        string newsId,
        string? product,
        string? version,
        string? date,
        string? cve)
    {
        var nodes = parsed.Nodes.ToList();
        var relations = parsed.Relations.ToList();
        if (!string.IsNullOrWhiteSpace(cve))
        {
            var index = nodes.FindIndex(n => n.Id == newsId);
            if (index >= 0)
            {
                var properties = new Dictionary<string, string>(nodes[index].Properties, StringComparer.Ordinal)
                {
                    ["cve"] = cve,
                };
                nodes[index] = nodes[index] with { Properties = properties };
            }
        }

        var release = ReleaseFacts.FromTitle(parsed.Title);
        var releaseProduct = release?.Product is { Length: > 0 } titled ? titled : product;
        var releaseVersion = version ?? release?.Version;
        if (!string.IsNullOrWhiteSpace(releaseProduct) && !string.IsNullOrWhiteSpace(releaseVersion))
        {
            var text = string.Join("\n", parsed.Sections.Select(s => s.Text));
            ReleaseFacts.Add(nodes, relations, newsId, releaseProduct, releaseVersion, date, text);
        }

        return parsed with { Nodes = nodes, Relations = [.. relations.DistinctBy(r => (r.Type, r.FromId, r.ToId))] };
    }
}
