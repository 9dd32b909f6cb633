// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Retrieval.Reasoning.GapAnalysis.Internal;
using SalesCognition.Retrieval.Search;

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

public sealed partial class GapAnalyzer
{
    private static readonly string[] MappingStatusOrder = ["implemented", "partial", "alternative", "advised", "stated", "mentioned"];

    private async Task<ControlGap> AnalyzeControlAsync(
        AnalysisContext context,
        GraphNode control,
        CancellationToken cancellationToken)
    {
        var label = Label(control);
        var judgement = new Judgement();
        var recommendations = new List<GapRecommendation>();
        var relations = await context.Graph.RelationsAsync(control.Id, cancellationToken).ConfigureAwait(false);
        var fromIds = relations
            .Where(r => r.ToId == control.Id && r.Type is "implements" or "remediates" or "satisfies")
            .Select(r => r.FromId);
        var from = await context.Graph.LoadAsync(fromIds, cancellationToken).ConfigureAwait(false);

        foreach (var relation in relations.Where(r => r.ToId == control.Id))
        {
            if (!from.TryGetValue(relation.FromId, out var owner))
            {
                continue;
            }

            switch (relation.Type)
            {
                case "implements":
                    Implements(context, label, relation, owner, judgement, recommendations);
                    break;
                case "remediates":
                    Remediates(context, relation, owner, judgement, recommendations);
                    break;
                case "satisfies":
                    Satisfies(context, label, relation, owner, judgement, recommendations);
                    break;
            }
        }

        var status = Decide(context, control, label, judgement);
        if (GapStatus.IsOpen(status) && context.Options.IncludeTextMatches && _searcher is not null)
        {
            await AddTextMatchesAsync(
                context,
                control,
                label,
                recommendations,
                cancellationToken).ConfigureAwait(false);
        }

        var open = GapStatus.IsOpen(status);
        var evidenceSources = recommendations.Where(r => r.SourceId.Length > 0).Select(r => r.SourceId).ToList();
        var ordered = open ? Order(recommendations) : [];
        var cases = open ? await CasesAsync(context, ordered, cancellationToken).ConfigureAwait(false) : [];
        return new ControlGap(label, Title(control), Property(control, "family"), status, judgement.Evidence, ordered, cases)
        {
            NodeId = control.Id,
            ControlPoint = Property(control, "controlPoint"),
            EvidenceSources = evidenceSources,
        };
    }

    private static void Implements(
        AnalysisContext context,
        string label,
        GraphRelation relation,
        GraphNode owner,
        Judgement judgement,
        List<GapRecommendation> recommendations)
    {
        var status = relation.Properties.GetValueOrDefault("status", "unknown");
        var file = FileName(relation.SourceId);
        var runs = context.Components.FirstOrDefault(c => c.NodeIds.Contains(owner.Id));
        if (status == "not-applicable")
        {
            if (runs is not null)
            {
                judgement.Evidence.Add(context.Say(
                    $"客户在用的 {owner.Name}（'{runs.Term}'）声明 {label} 对其不适用（{file}），不能覆盖该项。",
                    $"{owner.Name}, which the customer runs ('{runs.Term}'), marks {label} not applicable to itself " +
                    $"({file}); it does not cover it."));
            }

            return;
        }

        recommendations.Add(new GapRecommendation(
            owner.Name,
            status,
            ConfidenceTier.High,
            relation.Properties.GetValueOrDefault("description", ""),
            [$"{file}: {owner.Type.ToLowerInvariant()} {owner.Name}, implemented-requirement {label} (implementation-status {status})"])
        {
            ProductId = owner.Id,
            SourceId = relation.SourceId,
        });
        if (runs is null)
        {
            return;
        }

        judgement.Evidence.Add(context.Say(
            $"客户在用 '{runs.Term}'（{owner.Type} {owner.Name}），其实现 {label}，状态为 {status}（{file}）。",
            $"The customer runs '{runs.Term}' ({owner.Type} {owner.Name}), which implements {label} with status {status} ({file})."));
        if (status == "implemented")
        {
            judgement.ComponentMet = true;
        }
        else
        {
            judgement.ComponentPartial = true;
        }
    }

    private static void Remediates(
        AnalysisContext context,
        GraphRelation relation,
        GraphNode owner,
        Judgement judgement,
        List<GapRecommendation> recommendations)
    {
        var properties = relation.Properties;
        var advice = properties.GetValueOrDefault("advice", "");
        var named = properties.GetValueOrDefault("products", "");
        var file = properties.GetValueOrDefault("file", FileName(relation.SourceId));
        var row = properties.GetValueOrDefault("row", "?");
        var lineage = $"{file} row {row} (id {properties.GetValueOrDefault("rowId", "?")}; " +
            $"{properties.GetValueOrDefault("match", "?")} text match, " +
            $"similarity {properties.GetValueOrDefault("similarity", "?")})";
        recommendations.Add(new GapRecommendation(
            named.Length > 0 ? $"{owner.Name} ({named})" : owner.Name,
            "advised",
            ConfidenceTier.Medium,
            advice,
            [lineage])
        {
            ProductId = owner.Id,
            SourceId = relation.SourceId,
        });

        var foldedAdvice = Fold.Text(advice);
        foreach (var component in context.Components)
        {
            var name = component.Names.FirstOrDefault(n => foldedAdvice.Contains(n, StringComparison.Ordinal));
            if (name is not null)
            {
                var how = component.Resolved.Length > 0 ? $", {component.Resolved}" : "";
                judgement.Evidence.Add(context.Say(
                    $"客户在用 '{component.Term}'{how}，{file} 第 {row} 行的整改建议针对本项提到了它；" +
                    "请核实其按建议部署。",
                    $"The customer runs '{component.Term}'{how}, which the remediation advice in {file} row {row} " +
                    "names for this item; check it is deployed as advised."));
                judgement.ComponentPartial = true;
            }
        }
    }

    private static void Satisfies(
        AnalysisContext context,
        string label,
        GraphRelation relation,
        GraphNode owner,
        Judgement judgement,
        List<GapRecommendation> recommendations)
    {
        var file = FileName(relation.SourceId);
        recommendations.Add(new GapRecommendation(
            owner.Name,
            "stated",
            ConfidenceTier.Medium,
            relation.Properties.GetValueOrDefault("description", ""),
            [$"{file}: feature {owner.Name} satisfies {label}"])
        {
            ProductId = owner.Id,
            SourceId = relation.SourceId,
        });
        if (context.Components.FirstOrDefault(c => c.NodeIds.Contains(owner.Id)) is { } runs)
        {
            judgement.Evidence.Add(context.Say(
                $"客户在用 '{runs.Term}'（功能 {owner.Name}），{file} 称其满足 {label}。",
                $"The customer runs '{runs.Term}' (feature {owner.Name}), which {file} says satisfies {label}."));
            judgement.ComponentPartial = true;
        }
    }

    private static string Decide(AnalysisContext context, GraphNode control, string label, Judgement judgement)
    {
        var listed = context.Listed;
        if (listed.NotApplicable.Contains(control.Id))
        {
            judgement.Evidence.Insert(
                0,
                context.Say($"客户档案标注 {label} 不适用。", $"The customer profile marks {label} not applicable."));
            return GapStatus.NotApplicable;
        }

        if (listed.Implemented.Contains(control.Id))
        {
            judgement.Evidence.Insert(
                0,
                context.Say($"客户档案列明 {label} 已实现。", $"The customer profile lists {label} as implemented."));
            return GapStatus.Met;
        }

        if (judgement.ComponentMet)
        {
            return GapStatus.Met;
        }

        if (listed.Partial.Contains(control.Id))
        {
            judgement.Evidence.Insert(
                0,
                context.Say($"客户档案列明 {label} 部分实现。", $"The customer profile lists {label} as partly implemented."));
            return GapStatus.Partial;
        }

        if (judgement.ComponentPartial)
        {
            return GapStatus.Partial;
        }

        if (context.Profile.Unlisted == GapStatus.Unknown)
        {
            judgement.Evidence.Add(context.Say(
                $"客户档案未说明 {label} 是否满足（unlisted: unknown），客户在用的产品也未覆盖该项。",
                $"The profile does not say whether {label} is met (unlisted: unknown), and nothing the customer runs covers it."));
            return GapStatus.Unknown;
        }

        judgement.Evidence.Add(context.Say(
            $"客户档案未列明 {label} 已实现，客户在用的产品也未覆盖该项。",
            $"The profile does not list {label} as implemented, and nothing the customer runs covers it."));
        return GapStatus.Gap;
    }

    private async Task AddTextMatchesAsync(
        AnalysisContext context,
        GraphNode control,
        string label,
        List<GapRecommendation> recommendations,
        CancellationToken cancellationToken)
    {
        var title = Title(control);
        var query = $"{label} {(title.Length > 120 ? title[..120] : title)}";
        var response = await _searcher!.SearchAsync(
            // One search per open control: re-ranking (about 15 ms each) would add up, and a hit counts here only
            // if it mentions the control, which re-ranking does not change.
            new SearchRequest(query, context.Options.TextMatchHits) { Tenant = context.Tenant, RerankDepth = 0 },
            cancellationToken)
            .ConfigureAwait(false);
        var known = recommendations.Select(r => r.ProductId).ToHashSet(StringComparer.Ordinal);
        foreach (var hit in response.Hits.Where(h => h.Kind is not ("control" or "component" or "remediation" or "baseline")))
        {
            if (!hit.Entities.Any(e => e.Id == control.Id))
            {
                continue;
            }

            foreach (var entity in hit.Entities.Where(e => e.Type is "Product" or "Feature" && known.Add(e.Id)))
            {
                var where = hit.Section.Length > 0 ? $"{hit.Source} § {hit.Section}" : hit.Source;
                recommendations.Add(new GapRecommendation(
                    entity.Name,
                    "mentioned",
                    ConfidenceTier.Low,
                    hit.Snippet,
                    [$"{where} ({hit.Locator}; entry {hit.Id})"])
                {
                    ProductId = entity.Id,
                    EntryIds = [hit.Id],
                });
            }
        }
    }

    private static List<GapRecommendation> Order(List<GapRecommendation> recommendations) =>
    [
        .. recommendations
            .OrderBy(r => r.Confidence switch { ConfidenceTier.High => 0, ConfidenceTier.Medium => 1, _ => 2 })
            .ThenBy(r => Array.IndexOf(MappingStatusOrder, r.Status) is var i and >= 0 ? i : MappingStatusOrder.Length)
            .ThenBy(r => r.Product, StringComparer.Ordinal),
    ];

    private static async Task<List<GapCase>> CasesAsync(
        AnalysisContext context,
        List<GapRecommendation> recommendations,
        CancellationToken cancellationToken)
    {
        var cases = new List<GapCase>();
        foreach (var recommendation in recommendations.Where(r => r.ProductId.Length > 0).DistinctBy(r => r.ProductId))
        {
            var uses = new List<GraphRelation>();
            foreach (var id in SameThing(recommendation.ProductId))
            {
                uses.AddRange((await context.Graph.RelationsAsync(id, cancellationToken).ConfigureAwait(false))
                    .Where(r => r.Type == "uses" && r.ToId == id));
            }

            var nodes = await context.Graph.LoadAsync(
                uses.Select(u => u.FromId),
                cancellationToken).ConfigureAwait(false);
            foreach (var use in uses)
            {
                if (nodes.TryGetValue(use.FromId, out var node) && node.Type == "Case" && !cases.Any(c => c.Id == node.Id))
                {
                    var product = recommendation.Product.Split(" (")[0];
                    cases.Add(new GapCase(node.Id, node.Name, product, FileName(use.SourceId)));
                }
            }
        }

        return cases;
    }

    // A component definition names a product as a Component; cases name it as a Product or a Technology.
    private static IEnumerable<string> SameThing(string nodeId)
    {
        yield return nodeId;
        const string Component = "component:";
        if (nodeId.StartsWith(Component, StringComparison.Ordinal))
        {
            yield return "product:" + nodeId[Component.Length..];
            yield return "technology:" + nodeId[Component.Length..];
        }
    }

    private static string Label(GraphNode control)
    {
        var label = Property(control, "code");
        label = label.Length > 0 ? label : Property(control, "label");
        return label.Length > 0 ? label : control.Key.ToUpperInvariant();
    }

    // A control named only by reference has its label as name; the catalog's title is the real one.
    private static string Title(GraphNode control) =>
        control.Name == Property(
            control,
            "label") && control.Properties.TryGetValue("title", out var title) ? title : control.Name;

    private static string FileName(string sourceId) =>
        sourceId.Length == 0 ? "ontology" : Path.GetFileName(sourceId.TrimEnd('/'));

    private sealed class Judgement
    {
        public List<string> Evidence { get; } = [];

        public bool ComponentMet { get; set; }

        public bool ComponentPartial { get; set; }
    }
}
