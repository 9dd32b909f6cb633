// Copyright (c) SalesCognition. All rights reserved.

using System.Security.Cryptography;
using System.Text;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;

namespace SalesCognition.Graph.Tests.Storage;

/// <summary>A small ontology and builders for the values a source commits.</summary>
internal static class GraphTestData
{
    private const string OntologyYaml = """
        version: 1
        nodeTypes:
          - { name: Product, key: name, labels: { en: Product, zh: 产品 } }
          - { name: Feature, key: name, labels: { en: Feature, zh: 功能 } }
          - { name: Standard, key: id, labels: { en: Standard, zh: 标准 } }
          - { name: Control, key: id, labels: { en: Control, zh: 控制项 } }
          - { name: Document, key: source, labels: { en: Document, zh: 文档 } }
          - { name: Customer, key: name, labels: { en: Customer, zh: 客户 } }
        relationTypes:
          - { name: has_feature, from: [Product], to: [Feature], labels: { en: has feature, zh: 具备功能 } }
          - { name: satisfies, from: [Feature], to: [Control], labels: { en: satisfies, zh: 满足 } }
          - { name: contains, from: [Standard], to: [Control], labels: { en: contains, zh: 包含 } }
          - { name: describes, from: [Document], to: [Product, Feature, Standard], labels: { en: describes, zh: 描述 } }
          - { name: uses, from: [Customer], to: [Product, Feature], labels: { en: uses, zh: 使用 } }
        entities:
          - { type: Standard, key: mlps-2.0, name: MLPS 2.0, aliases: [等保2.0, 等保] }
          - { type: Control, key: 8.1.4.2, name: Identity authentication, aliases: [身份鉴别] }
          - { type: Product, name: Lumina Search, aliases: [澜图搜索, LuminaSearch] }
          - { type: Feature, name: Multi-factor authentication, aliases: [MFA, 多因素认证] }
        """;

    private static Dictionary<string, string> NoProperties { get; } = [];

    /// <summary>The ontology every contract test runs with.</summary>
    public static Ontology Ontology { get; } = OntologyLoader.Parse("graph-contract-ontology.yaml", OntologyYaml);

    /// <summary>Id of the seed product.</summary>
    public static string LuminaSearch { get; } = NodeId.For("Product", "Lumina Search");

    /// <summary>Id of the seed feature.</summary>
    public static string Mfa { get; } = NodeId.For("Feature", "Multi-factor authentication");

    /// <summary>Id of the seed standard.</summary>
    public static string Mlps { get; } = NodeId.For("Standard", "mlps-2.0");

    /// <summary>Id of the seed control.</summary>
    public static string IdentityControl { get; } = NodeId.For("Control", "8.1.4.2");

    /// <summary>A node whose id matches its type and key.</summary>
    public static GraphNode Node(string type, string key, IReadOnlyDictionary<string, string>? properties = null) =>
        new(NodeId.For(type, key), type, NodeId.NormalizeKey(key), key, properties ?? NoProperties);

    /// <summary>A relation without properties.</summary>
    public static GraphRelation Relation(
        string type,
        string fromId,
        string toId) => new(type, fromId, toId, NoProperties);

    /// <summary>A source record for one version of a source.</summary>
    public static SourceRecord Source(string sourceId, string version, string tenant = TenantIds.Default) =>
        new(
            sourceId,
            "file:///" + sourceId,
            "docs",
            Hash(sourceId + "@" + version),
            SourceState.Pending,
            DateTimeOffset.UnixEpoch)
        {
            Tenant = tenant,
            Title = "Title of " + sourceId,
        };

    /// <summary>
    /// An entry of <paramref name="sourceId"/>; its id depends on the source, the position and the text.
    /// </summary>
    public static KnowledgeEntry Entry(
        string sourceId,
        int ordinal,
        string text,
        params EntityMention[] mentions)
    {
        var hash = Hash(text);
        return new KnowledgeEntry
        {
            Id = $"{sourceId}#{ordinal}:{hash[..12]}",
            SourceId = sourceId,
            Kind = "section",
            Title = "Title of " + sourceId,
            HeadingPath = ["Guide", $"Part {ordinal}"],
            Text = text,
            Ordinal = ordinal,
            Locator = SourceLocator.Range(ordinal * 100, (ordinal * 100) + text.Length),
            ContentHash = hash,
            Ownership = DataOwnership.CustomerAuthorised,
            Mentions = mentions,
        };
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
