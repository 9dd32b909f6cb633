// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Retrieval.Reasoning.CaseMatching;

namespace SalesCognition.Api.Cli.Bench;

/// <summary>
/// Generates cases and queries that follow the real CRM data: accounts cloned from real ones (sector, region; size
/// jittered on a log scale), products drawn by how often they were sold, won and lost in the real proportion.
/// </summary>
internal sealed class MatchBenchData
{
    private const string Tenant = TenantIds.Default;

    private readonly Random _random;
    private readonly List<Account> _accounts;
    private readonly List<(string Id, string Name, double Weight)> _products;
    private readonly List<string> _opportunities;
    private readonly double _wonShare;
    private readonly string[] _industries;

    private MatchBenchData(
        Random random,
        List<Account> accounts,
        List<(string, string, double)> products,
        List<string> opportunities,
        double wonShare,
        string[] industries)
    {
        _random = random;
        _accounts = accounts;
        _products = products;
        _opportunities = opportunities;
        _wonShare = wonShare;
        _industries = industries;
    }

    public static async Task<MatchBenchData> LoadAsync(IGraphStore graph, int seed, CancellationToken cancellationToken)
    {
        var accounts = new List<Account>();
        foreach (var (node, _) in await graph.ListNodesAsync(Tenant, "Customer", cancellationToken))
        {
            var relations = await graph.GetRelationsAsync(Tenant, node.Id, cancellationToken);
            var industry = relations.FirstOrDefault(r => r.Type == "in_industry" && r.FromId == node.Id)?.ToId;
            var region = relations.FirstOrDefault(r => r.Type == "located_in" && r.FromId == node.Id)?.ToId;
            if (industry is null || !node.Properties.TryGetValue(CaseProperties.Employees, out var employees))
            {
                continue;
            }

            accounts.Add(new Account(node.Name, industry, region, int.Parse(employees, CultureInfo.InvariantCulture),
                double.Parse(node.Properties.GetValueOrDefault(CaseProperties.Revenue, "0"), CultureInfo.InvariantCulture)));
        }

        var cases = await graph.ListNodesAsync(Tenant, "Case", cancellationToken);
        var products = new List<(string, string, double)>();
        foreach (var (node, _) in await graph.ListNodesAsync(Tenant, "Product", cancellationToken))
        {
            var sold = (await graph.GetRelationsAsync(Tenant, node.Id, cancellationToken)).Count(r => r.Type == "uses");
            if (sold > 0)
            {
                products.Add((node.Id, node.Name, sold));
            }
        }

        var won = cases.Count(c => c.Node.Properties.GetValueOrDefault(CaseProperties.Outcome) == CaseProperties.Won);
        var lost = cases.Count(c => c.Node.Properties.GetValueOrDefault(CaseProperties.Outcome) == CaseProperties.Lost);
        var opportunities = (await graph.ListNodesAsync(
            Tenant,
            "Opportunity",
            cancellationToken)).Select(o => o.Node.Key).ToList();
        if (accounts.Count == 0 || products.Count == 0)
        {
            throw new InvalidOperationException("The CRM data gave no accounts or no sold products to generate from.");
        }

        var industries = accounts
            .Select(a => a.Industry)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return new MatchBenchData(
            new Random(seed),
            accounts,
            products,
            opportunities,
            won + lost == 0 ? 0.63 : (double)won / (won + lost),
            industries);
    }

    /// <summary>Half by open opportunity id, half by facets (industry, size, region, a product).</summary>
    public IReadOnlyList<CaseMatchRequest> Queries(int count)
    {
        var queries = new List<CaseMatchRequest>(count);
        for (var i = 0; i < count; i++)
        {
            if (i % 2 == 0 && _opportunities.Count > 0)
            {
                queries.Add(new CaseMatchRequest { OpportunityId = _opportunities[_random.Next(_opportunities.Count)] });
                continue;
            }

            var account = _accounts[_random.Next(_accounts.Count)];
            queries.Add(new CaseMatchRequest
            {
                Industry = account.Industry[(account.Industry.IndexOf(':', StringComparison.Ordinal) + 1)..],
                Employees = Jitter(account.Employees),
                Region = account.Region?[(account.Region.IndexOf(':', StringComparison.Ordinal) + 1)..],
                Products = [PickProduct().Name],
            });
        }

        return queries;
    }

    public IReadOnlyList<CaseMatchRequest> TextQueries(int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var industry = _industries[i % _industries.Length];
            return new CaseMatchRequest
            {
                Text = string.Create(
                    CultureInfo.InvariantCulture,
                    $"A {industry[(industry.IndexOf(':', StringComparison.Ordinal) + 1)..]} company wants " +
                    $"{PickProduct().Name} to modernise its platform"),
            };
        })];

    public async Task CommitAsync(IGraphStore graph, int caseCount, CancellationToken cancellationToken)
    {
        var sourceId = "bench://generated-cases";
        var nodes = new List<GraphNode>();
        var relations = new List<GraphRelation>();
        var accountCount = Math.Max(1, caseCount / 80);
        var accountIds = new string[accountCount];
        for (var i = 0; i < accountCount; i++)
        {
            var model = _accounts[_random.Next(_accounts.Count)];
            var employees = Jitter(model.Employees);
            var properties = new Dictionary<string, string>
            {
                [CaseProperties.Employees] = employees.ToString(CultureInfo.InvariantCulture),
                [CaseProperties.Revenue] = (model.Revenue * employees / model.Employees).ToString(
                    "0.##",
                    CultureInfo.InvariantCulture),
            };
            var name = string.Create(CultureInfo.InvariantCulture, $"{model.Name} Gen {i}");
            accountIds[i] = NodeId.For("Customer", name);
            nodes.Add(new GraphNode(accountIds[i], "Customer", NodeId.NormalizeKey(name), name, properties));
            relations.Add(new GraphRelation("in_industry", accountIds[i], model.Industry, NoProperties));
            if (model.Region is not null)
            {
                relations.Add(new GraphRelation("located_in", accountIds[i], model.Region, NoProperties));
            }
        }

        var start = new DateOnly(2016, 10, 20);
        for (var i = 0; i < caseCount; i++)
        {
            var product = PickProduct();
            var account = accountIds[_random.Next(accountCount)];
            var outcome = _random.NextDouble() < _wonShare ? CaseProperties.Won : CaseProperties.Lost;
            var key = string.Create(CultureInfo.InvariantCulture, $"gen/{i}");
            var properties = new Dictionary<string, string>
            {
                [CaseProperties.OpportunityId] = key,
                [CaseProperties.Outcome] = outcome,
                [CaseProperties.CloseDate] = start.AddDays(_random.Next(437)).ToString(
                    "yyyy-MM-dd",
                    CultureInfo.InvariantCulture),
            };
            var id = NodeId.For("Case", key);
            nodes.Add(new GraphNode(
                id,
                "Case",
                NodeId.NormalizeKey(key),
                $"{product.Name} (generated {i})",
                properties));
            relations.Add(new GraphRelation("for_customer", id, account, NoProperties));
            relations.Add(new GraphRelation("uses", id, product.Id, NoProperties));
        }

        var record = new SourceRecord(sourceId, sourceId, "cases", "generated", SourceState.Pending, default)
        {
            Title = "Generated cases",
        };
        await graph.CommitSourceAsync(
            new SourceCommit { Source = record, Nodes = nodes, Relations = relations },
            cancellationToken);
        await graph.MarkCommittedAsync(Tenant, sourceId, "generated", cancellationToken);
    }

    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    private (string Id, string Name) PickProduct()
    {
        var total = _products.Sum(p => p.Weight);
        var at = _random.NextDouble() * total;
        foreach (var (id, name, weight) in _products)
        {
            at -= weight;
            if (at <= 0)
            {
                return (id, name);
            }
        }

        return (_products[^1].Id, _products[^1].Name);
    }

    private int Jitter(int employees) => Math.Max(
        1,
        (int)(employees * Math.Pow(10, (_random.NextDouble() - 0.5) * 0.6)));

    private sealed record Account(string Name, string Industry, string? Region, int Employees, double Revenue);
}
