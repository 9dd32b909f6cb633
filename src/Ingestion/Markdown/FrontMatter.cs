// Copyright (c) SalesCognition. All rights reserved.

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Markdown;

/// <summary>The YAML front matter of a Markdown source, and where its body starts.</summary>
internal sealed class FrontMatter
{
    private static readonly YamlMappingNode Empty = new();

    private FrontMatter(YamlMappingNode root, int bodyStart)
    {
        Root = root;
        BodyStart = bodyStart;
    }

    public YamlMappingNode Root { get; }

    /// <summary>Offset of the first character after the closing <c>---</c> line.</summary>
    public int BodyStart { get; }

    /// <summary>
    /// Splits the front matter off <paramref name="text"/>; a source without one has an empty front matter.
    /// </summary>
    public static FrontMatter Parse(string path, string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal) || !IsFenceLine(text, 0))
        {
            return new FrontMatter(Empty, 0);
        }

        var yamlStart = LineEnd(text, 0);
        for (var lineStart = yamlStart; lineStart < text.Length; lineStart = LineEnd(text, lineStart))
        {
            if (IsFenceLine(text, lineStart))
            {
                var yaml = text[yamlStart..lineStart];
                return new FrontMatter(ParseYaml(path, yaml), LineEnd(text, lineStart));
            }
        }

        throw new SourceFormatException($"{path}:1: the front matter opened with '---' is never closed.");
    }

    /// <summary>
    /// A front matter built from plain key/value pairs (a Pelican header), the body starting at <paramref
    /// name="bodyStart"/>.
    /// </summary>
    public static FrontMatter FromPairs(IEnumerable<KeyValuePair<string, string>> pairs, int bodyStart)
    {
        var root = new YamlMappingNode();
        foreach (var (key, value) in pairs)
        {
            root.Children[new YamlScalarNode(key)] = new YamlScalarNode(value);
        }

        return new FrontMatter(root, bodyStart);
    }

    public string? Text(string key) =>
        Root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value }
            ? value.Trim()
            : null;

    public IReadOnlyList<string> List(string key)
    {
        if (!Root.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return [];
        }

        return node switch
        {
            YamlScalarNode { Value: { Length: > 0 } value } => [value.Trim()],
            YamlSequenceNode sequence => [.. sequence.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").Where(s => s.Length > 0)],
            _ => [],
        };
    }

    /// <summary>Reads a list of one-entry mappings (<c>- Company: ING</c>) as a dictionary.</summary>
    public IReadOnlyDictionary<string, string> Details(string key)
    {
        var details = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (Root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence)
        {
            foreach (var item in sequence.OfType<YamlMappingNode>())
            {
                foreach (var (name, value) in item.Children)
                {
                    if (name is YamlScalarNode { Value: { } n } && value is YamlScalarNode { Value: { } v })
                    {
                        details[n.Trim()] = v.Trim();
                    }
                }
            }
        }

        return details;
    }

    public bool Has(string key) => Root.Children.ContainsKey(new YamlScalarNode(key));

    private static YamlMappingNode ParseYaml(string path, string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            // The YAML starts on line 2 of the file, after the opening fence.
            throw new SourceFormatException(
                $"{path}:{ex.Start.Line + 1}: the front matter is not valid YAML: {ex.Message}",
                ex);
        }

        return stream.Documents.Count == 0 ? Empty : stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new SourceFormatException($"{path}:2: the front matter must be a YAML mapping.");
    }

    private static bool IsFenceLine(string text, int lineStart)
    {
        var end = text.IndexOf('\n', lineStart);
        var line = (end < 0 ? text[lineStart..] : text[lineStart..end]).TrimEnd('\r', ' ', '\t');
        return line == "---";
    }

    private static int LineEnd(string text, int lineStart)
    {
        var end = text.IndexOf('\n', lineStart);
        return end < 0 ? text.Length : end + 1;
    }
}
