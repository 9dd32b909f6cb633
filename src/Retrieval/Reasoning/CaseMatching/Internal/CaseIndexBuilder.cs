// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;

namespace SalesCognition.Retrieval.Reasoning.CaseMatching.Internal;

/// <summary>
/// Reads the graph into a <see cref="CaseIndex"/>. Relations are read from the facet nodes' side (customers,
/// industries, regions, products, technologies, pain points), a few hundred reads rather than one per case.
/// </summary>
internal static class CaseIndexBuilder
{
    private static readonly string[] EntityTypes =
        ["Customer", "Industry", "Region", "Product", "Technology", "Feature", "CompetitorProduct", "PainPoint"];

    private static readonly HashSet<string> UsedTypes = new(StringComparer.Ordinal)
    {
        "Product",
        "Technology",
        "Feature",
        "CompetitorProduct",
    };

    public static async Task<CaseIndex> BuildAsync(
        IGraphStore graph,
        string tenant,
        string fingerprint,
        IReadOnlyDictionary<string, string> chineseNames,
        CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<string, NodeWithAliases>(StringComparer.Ordinal);
        foreach (var type in EntityTypes)
        {
            foreach (var node in await graph.ListNodesAsync(tenant, type, cancellationToken).ConfigureAwait(false))
            {
                nodes[node.Node.Id] = node;
            }
        }

        var relations = new HashSet<(string Type, string From, string To)>();
        var byNode = await graph.GetRelationsAsync(tenant, nodes.Keys, cancellationToken).ConfigureAwait(false);
        foreach (var relation in byNode.Values.SelectMany(r => r))
        {
            relations.Add((relation.Type, relation.FromId, relation.ToId));
        }

        var cases = await graph.ListNodesAsync(tenant, "Case", cancellationToken).ConfigureAwait(false);
        var opportunities = await graph.ListNodesAsync(tenant, "Opportunity", cancellationToken).ConfigureAwait(false);
        return Assemble(nodes, relations, cases, opportunities, fingerprint, chineseNames);
    }

    private static CaseIndex Assemble(
        Dictionary<string, NodeWithAliases> nodes,
        HashSet<(string Type, string From, string To)> relations,
        IReadOnlyList<NodeWithAliases> cases,
        IReadOnlyList<NodeWithAliases> opportunities,
        string fingerprint,
        IReadOnlyDictionary<string, string> chineseNames)
    {
        var outgoing = relations.ToLookup(r => r.From, StringComparer.Ordinal);
        var series = new List<string>();
        var (entities, ordinals, names) = Entities(nodes, outgoing, series, chineseNames);

        var won = new List<CaseGroup>();
        var lost = new List<CaseGroup>();
        var byKey = new Dictionary<string, (CaseGroup Group, int Index)>(StringComparer.Ordinal);
        var caseGroups = new Dictionary<string, (bool, int)>(StringComparer.Ordinal);
        var customerProducts = new Dictionary<int, HashSet<int>>();
        foreach (var (node, _) in cases.Where(c => !c.Node.Archived).OrderBy(c => c.Node.Id, StringComparer.Ordinal))
        {
            var group = NewGroup(node, outgoing[node.Id], entities, ordinals);
            var isCrm = node.Properties.ContainsKey(CaseProperties.OpportunityId);
            var key = isCrm ? $"{group.Won}|{group.Customer}|{string.Join(',', group.Products)}" : node.Id;
            var list = group.Won ? won : lost;
            if (byKey.TryGetValue(key, out var found))
            {
                var existing = found.Group;
                existing.Count++;
                existing.Members.Add(node.Id);
                if (string.CompareOrdinal(group.CloseDate, existing.CloseDate) > 0)
                {
                    existing.CloseDate = group.CloseDate;
                    existing.Value = group.Value;
                }

                caseGroups[node.Id] = (existing.Won, found.Index);
                continue;
            }

            group.Members.Add(node.Id);
            byKey[key] = (group, list.Count);
            caseGroups[node.Id] = (group.Won, list.Count);
            list.Add(group);
            if (group.Won && group.Customer >= 0)
            {
                (customerProducts.TryGetValue(
                    group.Customer,
                    out var set) ? set : customerProducts[group.Customer] = []).UnionWith(group.Products);
            }
        }

        var open = new Dictionary<string, (int, int[])>(StringComparer.Ordinal);
        foreach (var (node, _) in opportunities)
        {
            var links = outgoing[node.Id].ToList();
            var customer = links.Where(r => r.Type == "opportunity_for").Select(r => ordinals.GetValueOrDefault(
                r.To,
                -1)).DefaultIfEmpty(-1).First();
            int[] products = [.. links.Where(r => r.Type == "interested_in").Select(r => ordinals.GetValueOrDefault(
                r.To,
                -1)).Where(o => o >= 0).Distinct().Order()];
            open[NodeId.NormalizeKey(node.Properties.GetValueOrDefault(
                CaseProperties.OpportunityId,
                node.Key))] = (customer, products);
        }

        return new CaseIndex
        {
            Entities = entities,
            Series = series,
            Names = names,
            Won = won,
            Lost = lost,
            CaseGroups = caseGroups,
            Opportunities = open,
            CustomerProducts = customerProducts.ToDictionary(c => c.Key, c => c.Value.Order().ToArray()),
            CaseCount = caseGroups.Count,
            Fingerprint = fingerprint,
        };
    }

    private static (List<EntityInfo>, Dictionary<string, int>, NameLookup) Entities(
        Dictionary<string, NodeWithAliases> nodes,
        ILookup<string, (string Type, string From, string To)> outgoing,
        List<string> series,
        IReadOnlyDictionary<string, string> chineseNames)
    {
        var entities = new List<EntityInfo>(nodes.Count);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in nodes.Keys.Order(StringComparer.Ordinal))
        {
            ordinals[id] = ordinals.Count;
        }

        var names = new NameLookup();
        foreach (var id in ordinals.Keys)
        {
            var (node, aliases) = nodes[id];
            var ordinal = ordinals[id];
            var chinese = chineseNames.GetValueOrDefault(id)
                ?? aliases.Where(a => a.Any(NameLookup.IsCjk)).Order(StringComparer.Ordinal).FirstOrDefault()
                ?? "";
            var info = new EntityInfo(ordinal, id, node.Type, node.Name, chinese);
            if (node.Properties.TryGetValue(CaseProperties.Series, out var seriesName) && seriesName.Length > 0)
            {
                var at = series.IndexOf(seriesName);
                info = info with { Series = at >= 0 ? at : series.Count };
                if (at < 0)
                {
                    series.Add(seriesName);
                }
            }

            if (node.Type == "Customer")
            {
                var links = outgoing[id].ToList();
                info = info with
                {
                    Industry = Target(links, "in_industry", ordinals),
                    Region = Target(links, "located_in", ordinals),
                    Employees = int.TryParse(
                        node.Properties.GetValueOrDefault(CaseProperties.Employees),
                        CultureInfo.InvariantCulture,
                        out var e) ? e : null,
                    Revenue = double.TryParse(
                        node.Properties.GetValueOrDefault(CaseProperties.Revenue),
                        CultureInfo.InvariantCulture,
                        out var r) ? r : null,
                };
            }

            entities.Add(info);
            foreach (var name in aliases.Append(node.Name).Append(node.Key))
            {
                names.Add(node.Type, name, ordinal);
            }
        }

        names.Seal();
        return (entities, ordinals, names);
    }

    private static CaseGroup NewGroup(
        GraphNode node,
        IEnumerable<(string Type, string From, string To)> links,
        List<EntityInfo> entities,
        Dictionary<string, int> ordinals)
    {
        var list = links.ToList();
        var customer = Target(list, "for_customer", ordinals);
        var owner = customer >= 0 ? entities[customer] : null;
        var used = list.Where(r => r.Type == "uses").Select(r => ordinals.GetValueOrDefault(
            r.To,
            -1)).Where(o => o >= 0).Distinct().ToList();
        int[] products = [.. used.Where(o => entities[o].Type == "Product").Order()];
        int[] painPoints = [.. list.Where(r => r.Type == "faces").Select(r => ordinals.GetValueOrDefault(
            r.To,
            -1)).Where(o => o >= 0).Distinct().Order()];
        var industry = Target(list, "in_industry", ordinals);
        var region = Target(list, "located_in", ordinals);
        // CRM deals are titled from the canonical product and account names, not the spelling of the row.
        var title = node.Properties.ContainsKey(CaseProperties.OpportunityId) && products.Length > 0 && owner is not null
            ? $"{string.Join(", ", products.Select(p => entities[p].Name))} for {owner.Name}"
            : node.Name;
        return new CaseGroup
        {
            CaseId = node.Id,
            Title = title,
            Won = !string.Equals(
                node.Properties.GetValueOrDefault(CaseProperties.Outcome),
                CaseProperties.Lost,
                StringComparison.OrdinalIgnoreCase),
            Customer = customer,
            Industry = industry >= 0 ? industry : owner?.Industry ?? -1,
            Region = region >= 0 ? region : owner?.Region ?? -1,
            Employees = owner?.Employees,
            Revenue = owner?.Revenue,
            Products = products,
            Series = [.. products.Select(p => entities[p].Series).Where(s => s >= 0).Distinct().Order()],
            PainPoints = painPoints,
            Entities = [.. used
                .Where(o => UsedTypes.Contains(entities[o].Type))
                .Concat(painPoints)
                .Concat(customer >= 0 ? [customer] : [])
                .Distinct()
                .Order()],
            CloseDate = node.Properties.GetValueOrDefault(
                CaseProperties.CloseDate,
                node.Properties.GetValueOrDefault("date", "")),
            Value = double.TryParse(
                node.Properties.GetValueOrDefault(CaseProperties.CloseValue),
                CultureInfo.InvariantCulture,
                out var v) ? v : null,
        };
    }

    private static int Target(IEnumerable<(string Type, string From, string To)> links, string type, Dictionary<string, int> ordinals) =>
        links.Where(r => r.Type == type).Select(r => ordinals.GetValueOrDefault(
            r.To,
            -1)).Where(o => o >= 0).DefaultIfEmpty(-1).Min();
}
