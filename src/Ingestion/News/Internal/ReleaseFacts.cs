// Copyright (c) SalesCognition. All rights reserved.

using System.Text.RegularExpressions;
using SalesCognition.Graph.Model;

namespace SalesCognition.Ingestion.News.Internal;

/// <summary>
/// The graph facts of one release: a <c>ProductVersion</c> node (its release date and the version facts its text
/// states, such as the minimum Java version), <c>version_of</c> its product, and the news item announcing it.
/// </summary>
internal static partial class ReleaseFacts
{
    /// <summary>Prefix of the node properties that hold version facts (<c>fact.java</c> = <c>21</c>).</summary>
    public const string FactPrefix = "fact.";

    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    public static string VersionNodeId(string product, string version) => NodeId.For(
        "ProductVersion",
        $"{product}@{version}");

    /// <summary>
    /// The product and version a release title names (<c>Apache Solr™ 9.7.0 available</c>), if it names one.
    /// </summary>
    public static (string Product, string Version)? FromTitle(string title)
    {
        var clean = title.Replace("™", "", StringComparison.Ordinal).Replace("®", "", StringComparison.Ordinal);
        if (ReferenceGuide().IsMatch(clean))
        {
            return null;
        }

        var match = ReleaseTitle().Match(clean);
        return match.Success ? (match.Groups["product"].Value.Trim(), match.Groups["version"].Value) : null;
    }

    /// <summary>The version facts a release's text states: attribute to value.</summary>
    public static IReadOnlyDictionary<string, string> Extract(string text)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (MinimumJava().Match(text) is { Success: true } java)
        {
            facts["java"] = java.Groups["v"].Value;
        }

        if (Lucene().Match(text) is { Success: true } lucene)
        {
            facts["lucene"] = lucene.Groups["v"].Value;
        }

        if (Rust().Match(text) is { Success: true } rust)
        {
            facts["rust"] = rust.Groups["v"].Value;
        }

        return facts;
    }

    /// <summary>Adds the release's nodes and relations; returns the version node's id.</summary>
    public static string Add(
        List<GraphNode> nodes,
        List<GraphRelation> relations,
        string newsId,
        string product,
        string version,
        string? date,
        string text)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["product"] = product,
            ["version"] = version,
        };
        if (!string.IsNullOrWhiteSpace(date))
        {
            properties["released"] = date;
        }

        foreach (var (attribute, value) in Extract(text))
        {
            properties[FactPrefix + attribute] = value;
        }

        var versionId = VersionNodeId(product, version);
        var productId = NodeId.For("CompetitorProduct", product);
        if (!nodes.Any(n => n.Id == productId))
        {
            nodes.Add(new GraphNode(
                productId,
                "CompetitorProduct",
                NodeId.NormalizeKey(product),
                product,
                NoProperties));
        }

        nodes.RemoveAll(n => n.Id == versionId);
        nodes.Add(new GraphNode(
            versionId,
            "ProductVersion",
            NodeId.NormalizeKey($"{product}@{version}"),
            $"{product} {version}",
            properties));
        relations.Add(new GraphRelation("version_of", versionId, productId, Validity(date)));
        relations.Add(new GraphRelation("announces", newsId, versionId, NoProperties));
        relations.Add(new GraphRelation("announces", newsId, productId, NoProperties));
        return versionId;
    }

    private static IReadOnlyDictionary<string, string> Validity(string? date) =>
        string.IsNullOrWhiteSpace(date) ? NoProperties : new Dictionary<string, string> { ["validFrom"] = date };

    [GeneratedRegex(
        @"^(?<product>[^\d]*?)\s*v?(?<version>\d+\.\d+(?:\.\d+){0,2})\s+" +
        @"(?:is\s+)?(?:available|released|release\b|发布)",
        RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseTitle();

    [GeneratedRegex(@"\bref(erence)?\s+guide\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceGuide();

    [GeneratedRegex(@"(?:minimum\s+java\s+version[^\n\d]{0,30}?|requires?\s+)java\s*(?<v>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MinimumJava();

    [GeneratedRegex(@"\blucene\s+(?<v>\d+(?:\.\d+){0,2})", RegexOptions.IgnoreCase)]
    private static partial Regex Lucene();

    [GeneratedRegex(@"requires?\s+rust\s+(?<v>\d+\.\d+(?:\.\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex Rust();
}
