// Copyright (c) SalesCognition. All rights reserved.

using System.Text.RegularExpressions;
using SalesCognition.Graph.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SalesCognition.Graph.Schema;

/// <summary>
/// Reads the ontology from the YAML files of a folder (or one file) and validates it.
/// Every problem is reported as an <see cref="OntologyException"/> naming the file and line.
/// </summary>
public static partial class OntologyLoader
{
    /// <summary>
    /// Loads every <c>*.yaml</c> and <c>*.yml</c> file of <paramref name="path"/> (a folder or a file).
    /// </summary>
    public static Ontology Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        string[] files;
        if (Directory.Exists(path))
        {
            files = [.. Directory.EnumerateFiles(path, "*.y*ml", SearchOption.TopDirectoryOnly)
                .Where(f => f.EndsWith(
                    ".yaml",
                    StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)];
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            throw new OntologyException($"Ontology path '{path}' does not exist.");
        }

        if (files.Length == 0)
        {
            throw new OntologyException($"Ontology folder '{path}' holds no .yaml file.");
        }

        var builder = new Builder();
        foreach (var file in files)
        {
            builder.Read(file, File.ReadAllText(file));
        }

        return builder.Build();
    }

    /// <summary>Loads an ontology from YAML text; <paramref name="fileName"/> is used in error messages.</summary>
    public static Ontology Parse(string fileName, string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);

        var builder = new Builder();
        builder.Read(fileName, yaml);
        return builder.Build();
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex TypeNamePattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex RelationNamePattern();

    private sealed class Builder
    {
        private readonly Dictionary<string, (NodeType Type, string File, long Line)> _nodeTypes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (RelationType Type, string File, long Line)> _relationTypes = new(StringComparer.Ordinal);
        private readonly List<(SeedEntity Entity, string File, long Line)> _entities = [];

        public void Read(string file, string yaml)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(yaml));
            }
            catch (YamlException ex)
            {
                throw new OntologyException(file, ErrorLine(yaml, ex), $"not valid YAML: {ex.Message}", ex);
            }

            if (stream.Documents.Count == 0)
            {
                throw new OntologyException(file, 0, "the file is empty");
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                throw new OntologyException(
                    file,
                    stream.Documents[0].RootNode.Start.Line,
                    "the top level must be a mapping");
            }

            foreach (var (keyNode, value) in root.Children)
            {
                var key = Scalar(file, keyNode);
                switch (key)
                {
                    case "version":
                        break;
                    case "nodeTypes":
                        foreach (var item in Sequence(file, value, key))
                        {
                            ReadNodeType(file, item);
                        }

                        break;
                    case "relationTypes":
                        foreach (var item in Sequence(file, value, key))
                        {
                            ReadRelationType(file, item);
                        }

                        break;
                    case "entities":
                        foreach (var item in Sequence(file, value, key))
                        {
                            ReadEntity(file, item);
                        }

                        break;
                    default:
                        throw new OntologyException(
                            file,
                            keyNode.Start.Line,
                            $"unknown section '{key}' (expected version, nodeTypes, relationTypes or entities)");
                }
            }
        }

        public Ontology Build()
        {
            foreach (var (relation, file, line) in _relationTypes.Values)
            {
                foreach (var end in relation.From.Concat(relation.To))
                {
                    if (!_nodeTypes.ContainsKey(end))
                    {
                        throw new OntologyException(
                            file,
                            line,
                            $"relation '{relation.Name}' names unknown node type '{end}'");
                    }
                }
            }

            var seen = new Dictionary<string, (string File, long Line)>(StringComparer.Ordinal);
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (entity, file, line) in _entities)
            {
                if (!_nodeTypes.ContainsKey(entity.Type))
                {
                    throw new OntologyException(file, line, $"entity '{entity.Name}' has unknown type '{entity.Type}'");
                }

                var id = NodeId.For(entity.Type, entity.Key);
                if (seen.TryGetValue(id, out var first))
                {
                    throw new OntologyException(
                        file,
                        line,
                        $"entity '{id}' is defined twice (first at {first.File}:{first.Line})");
                }

                seen[id] = (file, line);
                foreach (var name in entity.Aliases.Append(entity.Name))
                {
                    var folded = entity.Type + "\u0001" + NodeId.NormalizeKey(name);
                    if (names.TryGetValue(folded, out var owner) && owner != id)
                    {
                        throw new OntologyException(file, line, $"name '{name}' of '{id}' already names '{owner}'");
                    }

                    names[folded] = id;
                }
            }

            return new Ontology(
                _nodeTypes.Values.Select(v => v.Type),
                _relationTypes.Values.Select(v => v.Type),
                _entities.Select(e => e.Entity));
        }

        private void ReadNodeType(string file, YamlNode node)
        {
            var map = Mapping(file, node, "node type");
            var name = Required(file, map, "name");
            if (!TypeNamePattern().IsMatch(name))
            {
                throw new OntologyException(file, node.Start.Line, $"node type name '{name}' must be PascalCase");
            }

            if (_nodeTypes.TryGetValue(name, out var first))
            {
                throw new OntologyException(
                    file,
                    node.Start.Line,
                    $"node type '{name}' is defined twice (first at {first.File}:{first.Line})");
            }

            var type = new NodeType(name, Required(file, map, "key"), Labels(file, map));
            _nodeTypes[name] = (type, file, node.Start.Line);
        }

        private void ReadRelationType(string file, YamlNode node)
        {
            var map = Mapping(file, node, "relation type");
            var name = Required(file, map, "name");
            if (!RelationNamePattern().IsMatch(name))
            {
                throw new OntologyException(file, node.Start.Line, $"relation name '{name}' must be snake_case");
            }

            if (_relationTypes.TryGetValue(name, out var first))
            {
                throw new OntologyException(
                    file,
                    node.Start.Line,
                    $"relation '{name}' is defined twice (first at {first.File}:{first.Line})");
            }

            var from = StringList(file, map, "from");
            var to = StringList(file, map, "to");
            if (from.Count == 0 || to.Count == 0)
            {
                throw new OntologyException(
                    file,
                    node.Start.Line,
                    $"relation '{name}' needs at least one 'from' and one 'to' type");
            }

            _relationTypes[name] = (new RelationType(name, from, to, Labels(file, map)), file, node.Start.Line);
        }

        private void ReadEntity(string file, YamlNode node)
        {
            var map = Mapping(file, node, "entity");
            var type = Required(file, map, "type");
            var name = Required(file, map, "name");
            var key = Optional(file, map, "key") ?? name;
            _entities.Add((new SeedEntity(type, key, name, StringList(file, map, "aliases")), file, node.Start.Line));
        }

        // YamlDotNet marks a tab in indentation at the start of the enclosing mapping, which can be many lines
        // above the tab; the first tab-indented line from that mark on is the one to fix.
        private static long ErrorLine(string yaml, YamlException ex)
        {
            if (!ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
            {
                return ex.Start.Line;
            }

            var lines = yaml.Split('\n');
            for (var i = (int)Math.Max(ex.Start.Line - 1, 0); i < lines.Length; i++)
            {
                var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
                if (lines[i].AsSpan(0, indent).Contains('\t'))
                {
                    return i + 1;
                }
            }

            return ex.Start.Line;
        }

        private static Dictionary<string, string> Labels(string file, YamlMappingNode map)
        {
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            if (map.Children.TryGetValue(new YamlScalarNode("labels"), out var node))
            {
                foreach (var (language, text) in Mapping(file, node, "labels").Children)
                {
                    labels[Scalar(file, language)] = Scalar(file, text);
                }
            }

            if (!labels.ContainsKey("en") || !labels.ContainsKey("zh"))
            {
                throw new OntologyException(file, map.Start.Line, "labels must give both 'en' and 'zh'");
            }

            return labels;
        }

        private static string Required(string file, YamlMappingNode map, string field) =>
            Optional(file, map, field) is { Length: > 0 } value
                ? value
                : throw new OntologyException(file, map.Start.Line, $"missing required field '{field}'");

        private static string? Optional(string file, YamlMappingNode map, string field) =>
            map.Children.TryGetValue(new YamlScalarNode(field), out var node) ? Scalar(file, node).Trim() : null;

        private static List<string> StringList(string file, YamlMappingNode map, string field)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(field), out var node))
            {
                return [];
            }

            return node is YamlScalarNode single
                ? [Scalar(file, single)]
                : [.. Sequence(file, node, field).Select(n => Scalar(file, n))];
        }

        private static YamlMappingNode Mapping(string file, YamlNode node, string what) =>
            node as YamlMappingNode ?? throw new OntologyException(file, node.Start.Line, $"{what} must be a mapping");

        private static IEnumerable<YamlNode> Sequence(string file, YamlNode node, string what) =>
            node as YamlSequenceNode ?? throw new OntologyException(file, node.Start.Line, $"'{what}' must be a list");

        private static string Scalar(string file, YamlNode node) =>
            node is YamlScalarNode { Value: { } value }
                ? value
                : throw new OntologyException(file, node.Start.Line, "expected a plain value");
    }
}
