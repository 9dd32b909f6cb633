// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Oscal.Internal;

/// <summary>
/// Collects what one OSCAL document states. Nodes and relations are kept once each (the first statement wins),
/// in the order first seen, so that a control named by several requirements stays one node.
/// </summary>
internal sealed class OscalSourceBuilder(string sourceId)
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<GraphNode> _nodeOrder = [];
    private readonly HashSet<(string Type, string From, string To)> _relationKeys = [];
    private readonly List<GraphRelation> _relations = [];
    private readonly HashSet<NodeAlias> _aliasSet = [];
    private readonly List<NodeAlias> _aliases = [];
    private readonly HashSet<string> _locators = new(StringComparer.Ordinal);

    public List<ParsedSection> Sections { get; } = [];

    public List<IngestionWarning> Warnings { get; } = [];

    public bool HasNode(string id) => _nodes.ContainsKey(id);

    /// <summary>Adds a node unless one with its id is already there; returns the node's id.</summary>
    /// <remarks>A reference (<paramref name="defines"/> false) names a node another source defines; its name does not win.</remarks>
    public string AddNode(
        string type,
        string key,
        string name,
        IReadOnlyDictionary<string, string>? properties = null,
        bool defines = true)
    {
        var normalizedKey = NodeId.NormalizeKey(key);
        var id = NodeId.For(type, normalizedKey);
        if (!_nodes.ContainsKey(id))
        {
            var node = new GraphNode(
                id,
                type,
                normalizedKey,
                name,
                properties ?? new Dictionary<string, string>(StringComparer.Ordinal))
            {
                NameIsAuthoritative = defines,
            };
            _nodes.Add(id, node);
            _nodeOrder.Add(node);
        }

        return id;
    }

    /// <summary>Adds the Baseline node a catalog or profile titled <paramref name="title"/> defines.</summary>
    public (string Id, string Name) AddBaseline(string title, string? version)
    {
        var level = OscalIdentity.Level(title);
        var (key, name) = OscalIdentity.Baseline(title, level);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = title };
        if (level is not null)
        {
            properties["level"] = level;
        }

        if (version is { Length: > 0 })
        {
            properties["version"] = version;
        }

        var id = AddNode(OscalTypes.Baseline, key, name, properties);
        AddAlias(id, title);
        return (id, name);
    }

    /// <summary>Adds a relation; returns false when the same relation was already stated.</summary>
    public bool AddRelation(string type, string fromId, string toId, IReadOnlyDictionary<string, string>? properties = null)
    {
        if (!_relationKeys.Add((type, fromId, toId)))
        {
            return false;
        }

        _relations.Add(new GraphRelation(
            type,
            fromId,
            toId,
            properties ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            SourceId = sourceId,
        });
        return true;
    }

    public void AddAlias(string nodeId, string alias)
    {
        var entry = new NodeAlias(nodeId, alias.Trim());
        if (entry.Alias.Length > 0 && _aliasSet.Add(entry))
        {
            _aliases.Add(entry);
        }
    }

    /// <summary>
    /// A locator path not used yet in this source: the path, else the path with <c>#2</c>, <c>#3</c>...
    /// </summary>
    public SourceLocator UniqueLocator(string path)
    {
        var candidate = path;
        for (var n = 2; !_locators.Add(candidate); n++)
        {
            candidate = $"{path}#{n}";
        }

        return SourceLocator.At(candidate);
    }

    public void Warn(string location, string message) => Warnings.Add(new IngestionWarning(location, message));

    public ParsedSource Build(string title) => new()
    {
        Kind = SourceKinds.Standard,
        Title = title,
        Sections = Sections,
        Nodes = _nodeOrder,
        Relations = _relations,
        Aliases = _aliases,
        Warnings = Warnings,
    };
}
