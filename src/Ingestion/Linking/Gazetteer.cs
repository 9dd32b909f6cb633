// Copyright (c) SalesCognition. All rights reserved.

using System.Text;
using System.Text.RegularExpressions;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;

namespace SalesCognition.Ingestion.Linking;

/// <summary>
/// The names and aliases of the graph's linkable entities, and the control ids it knows; finds them in text.
/// Matching folds width and case (NFKC, lower case); Latin names must stand as whole words.
/// </summary>
internal sealed partial class Gazetteer
{
    /// <summary>Node types whose names are looked for in text.</summary>
    public static readonly IReadOnlyList<string> LinkedTypes =
        ["Product", "Feature", "Technology", "Competitor", "CompetitorProduct", "Standard", "Industry", "Component", "PainPoint"];

    private readonly List<(string Surface, GraphNode Node)> _names;
    private readonly Dictionary<string, GraphNode> _controls;

    private Gazetteer(List<(string Surface, GraphNode Node)> names, Dictionary<string, GraphNode> controls)
    {
        _names = names;
        _controls = controls;
    }

    /// <summary>Loads the gazetteer of a tenant from the graph.</summary>
    public static async Task<Gazetteer> LoadAsync(IGraphStore store, string tenant, CancellationToken cancellationToken)
    {
        var names = new List<(string, GraphNode)>();
        foreach (var type in LinkedTypes)
        {
            foreach (var (node, aliases) in await store.ListNodesAsync(
                tenant,
                type,
                cancellationToken).ConfigureAwait(false))
            {
                foreach (var name in aliases.Append(node.Name).Select(Fold).Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal))
                {
                    names.Add((name, node));
                }
            }
        }

        names.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        var controls = (await store.ListNodesAsync(tenant, "Control", cancellationToken).ConfigureAwait(false))
            .ToDictionary(n => n.Node.Key, n => n.Node, StringComparer.Ordinal);
        return new Gazetteer(names, controls);
    }

    /// <summary>Adds nodes a source brings (its controls), so its own text links to them.</summary>
    public void AddControls(IEnumerable<GraphNode> nodes)
    {
        foreach (var node in nodes.Where(n => n.Type == "Control"))
        {
            _controls.TryAdd(node.Key, node);
        }
    }

    /// <summary>The node of <paramref name="type"/> that <paramref name="name"/> names exactly, if any.</summary>
    public GraphNode? Resolve(string type, string name)
    {
        var folded = Fold(name);
        foreach (var (surface, node) in _names)
        {
            if (node.Type == type && surface == folded)
            {
                return node;
            }
        }

        return GazetteerFallback.Resolve(_names, type, folded);
    }

    /// <summary>The entities named in <paramref name="text"/>, each once, in order of first appearance.</summary>
    public IReadOnlyList<(GraphNode Node, string Surface)> Find(string text)
    {
        var folded = Fold(text);
        var taken = new bool[folded.Length];
        var found = new List<(int At, GraphNode Node, string Surface)>();
        foreach (var (surface, node) in _names)
        {
            for (var at = folded.IndexOf(
                surface,
                StringComparison.Ordinal); at >= 0; at = folded.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                if (IsWhole(folded, at, surface.Length) && !taken.AsSpan(at, surface.Length).Contains(true))
                {
                    taken.AsSpan(at, surface.Length).Fill(true);
                    found.Add((at, node, surface));
                }
            }
        }

        foreach (Match match in ControlPattern().Matches(folded))
        {
            var key = match.Groups["family"].Value + "-" + int.Parse(
                match.Groups["number"].Value,
                System.Globalization.CultureInfo.InvariantCulture)
                + (match.Groups["enhancement"].Success ? "." + int.Parse(
                    match.Groups["enhancement"].Value,
                    System.Globalization.CultureInfo.InvariantCulture) : "");
            if (_controls.TryGetValue(key, out var control))
            {
                found.Add((match.Index, control, match.Value));
            }
        }

        return [.. found.OrderBy(f => f.At).DistinctBy(f => f.Node.Id).Select(f => (f.Node, f.Surface))];
    }

    /// <summary>
    /// Folds width and case so that full-width, half-width and differently cased names compare equal.
    /// </summary>
    public static string Fold(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        return string.Join(' ', normalized.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsWhole(string text, int at, int length)
    {
        var first = text[at];
        var last = text[at + length - 1];
        var before = at > 0 && char.IsAsciiLetterOrDigit(first) && char.IsAsciiLetterOrDigit(text[at - 1]);
        var after = at + length < text.Length && char.IsAsciiLetterOrDigit(last) && char.IsAsciiLetterOrDigit(text[at + length]);
        return !before && !after;
    }

    [GeneratedRegex(
        @"(?<![a-z0-9])(?<family>[a-z]{2})-0?(?<number>\d{1,2})" +
        @"(?:\s?\((?<enhancement>\d{1,2})\)|\.(?<enhancement>\d{1,2}))?(?![a-z0-9])")]
    private static partial Regex ControlPattern();
}
