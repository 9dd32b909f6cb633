// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Crm.Internal;

/// <summary>Collects the nodes, relations, sections and warnings of one CRM table.</summary>
internal sealed class CrmFacts(string path)
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<GraphRelation> _relations = [];
    private readonly List<ParsedSection> _sections = [];
    private readonly List<IngestionWarning> _warnings = [];

    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    public string Path { get; } = path;

    public string Node(
        string type,
        string key,
        string name,
        IReadOnlyDictionary<string, string>? properties = null,
        bool authoritative = true)
    {
        var id = NodeId.For(type, key);
        _nodes.TryAdd(id, new GraphNode(id, type, NodeId.NormalizeKey(key), name, properties ?? NoProperties)
        {
            NameIsAuthoritative = authoritative,
        });
        return id;
    }

    public void Relate(
        string type,
        string from,
        string to) => _relations.Add(new GraphRelation(type, from, to, NoProperties));

    public void Section(string entryKind, string title, string text, string locator, params string[] subjects) =>
        _sections.Add(new ParsedSection(entryKind, title, [], text, SourceLocator.At(locator)) { SubjectNodeIds = subjects });

    public void Warn(int row, string message) => _warnings.Add(new IngestionWarning($"row {row}", message));

    public void Warn(string location, string message) => _warnings.Add(new IngestionWarning(location, message));

    public ParsedSource Build(string title) => new()
    {
        Kind = SourceKinds.Cases,
        Title = title,
        Ownership = DataOwnership.CompanyOwned,
        Sections = _sections,
        Nodes = [.. _nodes.Values],
        Relations = [.. _relations.DistinctBy(r => (r.Type, r.FromId, r.ToId))],
        Warnings = _warnings,
    };
}
