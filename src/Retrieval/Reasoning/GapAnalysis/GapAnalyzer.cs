// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Retrieval.Reasoning.GapAnalysis.Internal;
using SalesCognition.Retrieval.Search;

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

/// <summary>
/// Compares a customer profile with what a standard's baseline or level requires: for every required control a
/// status with its evidence and, for open ones, the products and components that close it, with a confidence tier
/// and lineage. Reads only through <see cref="IGraphStore"/> (and <see cref="HybridSearcher"/> for text matches).
/// </summary>
public sealed partial class GapAnalyzer
{
    private readonly IGraphStore _store;
    private readonly HybridSearcher? _searcher;

    /// <summary>Creates the analyser over the graph, and over hybrid search for low-confidence text matches.</summary>
    public GapAnalyzer(IGraphStore store, HybridSearcher? searcher = null)
    {
        ArgumentNullException.ThrowIfNull(store);

        _store = store;
        _searcher = searcher;
    }

    /// <summary>Analyses a profile.</summary>
    /// <param name="profile">The customer profile.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="tenant">The tenant whose graph is read.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The report.</returns>
    /// <exception cref="GapProfileException">The profile names an unknown standard, level, baseline, extension or control.</exception>
    public async Task<GapReport> AnalyzeAsync(
        GapProfile profile,
        GapAnalysisOptions? options = null,
        string tenant = TenantIds.Default,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);

        GapProfileReader.Validate(profile);
        options ??= new GapAnalysisOptions();
        var graph = new GapGraph(_store, tenant);
        var standard = await StandardAsync(graph, profile.Standard, cancellationToken).ConfigureAwait(false);
        var baselines = await BaselinesAsync(graph, standard, profile, cancellationToken).ConfigureAwait(false);
        var controls = await RequiredControlsAsync(graph, baselines, cancellationToken).ConfigureAwait(false);
        var listed = await ListedAsync(graph, standard, profile, controls, cancellationToken).ConfigureAwait(false);
        var components = await CustomerComponentResolver.ResolveAsync(
            graph,
            profile.Components,
            cancellationToken).ConfigureAwait(false);

        var context = new AnalysisContext(graph, profile, options, tenant, listed, components)
        {
            Chinese = standard.Key.StartsWith("mlps", StringComparison.OrdinalIgnoreCase),
        };
        await graph.PrefetchRelationsAsync(controls.Select(c => c.Id), cancellationToken).ConfigureAwait(false);
        var gaps = new List<ControlGap>(controls.Count);
        foreach (var control in controls)
        {
            cancellationToken.ThrowIfCancellationRequested();
            gaps.Add(await AnalyzeControlAsync(context, control, cancellationToken).ConfigureAwait(false));
        }

        gaps = FillFamilies(gaps);
        gaps = await WithEntriesAsync(tenant, gaps, cancellationToken).ConfigureAwait(false);
        return new GapReport
        {
            Standard = standard.Key,
            StandardName = standard.Name,
            Baseline = string.Join("+", baselines.Select(b => b.Key)),
            BaselineName = string.Join(" + ", baselines.Select(b => b.Name)),
            Customer = profile.Customer,
            Industry = profile.Industry,
            Summary = GapSummary.Of("", gaps),
            Families = [.. gaps.GroupBy(g => g.Family).Select(g => GapSummary.Of(g.Key, [.. g]))],
            Controls = gaps,
            Notes = listed.Notes,
            EntryIds = [.. gaps.SelectMany(g => g.EntryIds).Distinct(StringComparer.Ordinal)],
        };
    }

    private static async Task<GraphNode> StandardAsync(GapGraph graph, string name, CancellationToken cancellationToken)
    {
        var standards = await graph.NodesAsync("Standard", cancellationToken).ConfigureAwait(false);
        var folded = Fold.Text(name);
        var match = standards.FirstOrDefault(s =>
            Fold.Text(s.Node.Key) == folded || Fold.Text(s.Node.Name) == folded || s.Aliases.Any(a => Fold.Text(a) == folded));
        return match?.Node ?? throw new GapProfileException(
            "standard",
            name,
            $"no such standard in the graph; known: {string.Join(", ", standards.Select(s => s.Node.Key))}.");
    }

    private static async Task<List<GraphNode>> BaselinesAsync(
        GapGraph graph,
        GraphNode standard,
        GapProfile profile,
        CancellationToken cancellationToken)
    {
        var relations = await graph.RelationsAsync(standard.Id, cancellationToken).ConfigureAwait(false);
        var ids = relations.Where(r => r.Type == "baseline_of" && r.ToId == standard.Id).Select(r => r.FromId);
        var all = (await graph.LoadAsync(ids, cancellationToken).ConfigureAwait(false)).Values.OrderBy(
            b => b.Key,
            StringComparer.Ordinal).ToList();
        var main = all.Where(b => Property(b, "extension") is "" or "general").ToList();

        GraphNode chosen;
        if (!string.IsNullOrWhiteSpace(profile.Level))
        {
            var level = profile.Level.Trim();
            chosen = main.FirstOrDefault(b => string.Equals(
                Property(b, "level"),
                level,
                StringComparison.OrdinalIgnoreCase))
                ?? throw new GapProfileException(
                    "level",
                    level,
                    $"{standard.Name} has no such level in the graph; known: {Known(main.Select(b => Property(b, "level")))}.");
        }
        else
        {
            var wanted = NodeId.NormalizeKey(profile.Baseline);
            chosen = main.FirstOrDefault(b =>
                    b.Key == wanted || b.Key.EndsWith("-" + wanted, StringComparison.Ordinal)
                    || string.Equals(Property(b, "level"), wanted, StringComparison.OrdinalIgnoreCase)
                    || Fold.Text(b.Name) == Fold.Text(profile.Baseline))
                ?? throw new GapProfileException(
                    "baseline",
                    profile.Baseline,
                    $"{standard.Name} has no such baseline in the graph; known: {Known(main.Select(b => b.Key))}.");
        }

        var chosenLevel = Property(chosen, "level");
        var result = new List<GraphNode> { chosen };
        for (var i = 0; i < profile.Extensions.Count; i++)
        {
            var extension = profile.Extensions[i].Trim().ToLowerInvariant();
            var ofLevel = all.Where(b => Property(
                b,
                "extension") is not ("" or "general") && Property(b, "level") == chosenLevel).ToList();
            var match = ofLevel.FirstOrDefault(b => Property(b, "extension") == extension)
                ?? throw new GapProfileException(
                    string.Create(CultureInfo.InvariantCulture, $"extensions[{i}]"),
                    profile.Extensions[i],
                    $"{standard.Name} has no such extension at this level in the graph; " +
                    $"known: {Known(ofLevel.Select(b => Property(b, "extension")))}.");
            if (!result.Contains(match))
            {
                result.Add(match);
            }
        }

        return result;
    }

    private static async Task<List<GraphNode>> RequiredControlsAsync(
        GapGraph graph,
        List<GraphNode> baselines,
        CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var baseline in baselines)
        {
            var relations = await graph.RelationsAsync(baseline.Id, cancellationToken).ConfigureAwait(false);
            ids.AddRange(relations.Where(r => r.Type == "requires" && r.FromId == baseline.Id).Select(r => r.ToId));
        }

        var nodes = await graph.LoadAsync(ids, cancellationToken).ConfigureAwait(false);
        return [.. nodes.Values.Order(ControlOrder.Instance)];
    }

    private static async Task<ListedControls> ListedAsync(
        GapGraph graph,
        GraphNode standard,
        GapProfile profile,
        List<GraphNode> required,
        CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var control in required)
        {
            byKey.TryAdd(control.Key, control);
            foreach (var name in new[] { Property(control, "label"), Property(control, "code") }.Where(n => n.Length > 0))
            {
                byKey.TryAdd(NodeId.NormalizeKey(name), control);
            }
        }

        var contained = (await graph.RelationsAsync(standard.Id, cancellationToken).ConfigureAwait(false))
            .Where(r => r.Type == "contains" && r.FromId == standard.Id)
            .Select(r => r.ToId)
            .ToHashSet(StringComparer.Ordinal);
        var listed = new ListedControls();
        Resolve("implemented", profile.Implemented, listed.Implemented);
        Resolve("partial", profile.Partial, listed.Partial);
        Resolve("notApplicable", profile.NotApplicable, listed.NotApplicable);
        return listed;

        void Resolve(string field, IReadOnlyList<string> ids, HashSet<string> into)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                var keys = ProfileIds.CandidateKeys(ids[i]).ToList();
                if (keys.Select(k => byKey.GetValueOrDefault(k)).FirstOrDefault(n => n is not null) is { } control)
                {
                    into.Add(control.Id);
                }
                else if (keys.Any(k => contained.Contains(NodeId.For("Control", k))))
                {
                    listed.Notes.Add(
                        $"{field}[{i}]: '{ids[i]}' is a control of {standard.Name} that the chosen baseline " +
                        "does not require; it was ignored.");
                }
                else
                {
                    throw new GapProfileException(
                        string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]"),
                        ids[i],
                        $"no control of {standard.Name} has this id.");
                }
            }
        }
    }

    // A control named only by a baseline or component definition has no family; its siblings in the catalog do.
    private static List<ControlGap> FillFamilies(List<ControlGap> gaps)
    {
        static string Prefix(string id) => id.Split('-')[0];

        var known = gaps.Where(g => g.Family.Length > 0).GroupBy(g => Prefix(g.Id)).ToDictionary(
            g => g.Key,
            g => g.First().Family,
            StringComparer.Ordinal);
        return [.. gaps.Select(g => g.Family.Length > 0 ? g : g with { Family = known.GetValueOrDefault(Prefix(g.Id), Prefix(g.Id)) })];
    }

    private static string Property(GraphNode node, string name) => node.Properties.GetValueOrDefault(name, "");

    private static string Known(IEnumerable<string> values)
    {
        var list = values
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
