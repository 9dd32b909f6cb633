// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Ingestion.Csv;
using SalesCognition.Ingestion.Sources;
using SalesCognition.Retrieval.Reasoning.CaseMatching;

namespace SalesCognition.Ingestion.Crm.Internal;

/// <summary>
/// The sales pipeline: won deals become Case nodes, lost deals Case nodes marked lost, open deals (prospecting,
/// engaging) Opportunity nodes. Rows carry no prose, so no entry is cut per deal (thousands of near-identical
/// one-liners would flood search and take minutes to embed); each account gets one deal-history entry instead.
/// </summary>
internal static class PipelineTable
{
    private static readonly string[] Required = ["opportunity_id", "product", "account", "deal_stage"];

    public static bool Matches(CsvTable table) => table.Has(Required);

    public static ParsedSource Read(SourceInput input, CsvTable table)
    {
        var facts = new CrmFacts(input.Path);
        var columns = new Columns(table);
        var spellings = ProductSpellings(table, columns.Product, facts);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var history = new Dictionary<string, AccountHistory>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (Deal.TryParse(row, columns, spellings, out var deal, out var problem) is false)
            {
                facts.Warn(row.Row, problem + "; row skipped.");
                continue;
            }

            if (!seen.Add(deal.Id))
            {
                facts.Warn(
                    row.Row,
                    $"opportunity_id '{deal.Id}' appears again; the first row is kept, this one skipped.");
                continue;
            }

            AddDeal(facts, deal);
            if (deal.Account.Length > 0)
            {
                var account = history.TryGetValue(
                    deal.Account,
                    out var h) ? h : history[deal.Account] = new AccountHistory();
                account.Add(deal);
            }
        }

        foreach (var (account, deals) in history.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            var customer = facts.Node("Customer", account, account, authoritative: false);
            facts.Section(
                "account-history",
                $"Deal history: {account}",
                deals.Describe(account),
                $"pipeline/accounts/{account}",
                customer);
        }

        return facts.Build("CRM sales pipeline");
    }

    private static void AddDeal(CrmFacts facts, Deal deal)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CaseProperties.OpportunityId] = deal.Id,
            [CaseProperties.Stage] = deal.Stage,
            ["product"] = deal.Product,
        };
        if (deal.Engaged is { } engaged)
        {
            properties[CaseProperties.EngageDate] = engaged.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (deal.Closed is { } closed)
        {
            properties[CaseProperties.CloseDate] = closed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (deal.Value is { } value)
        {
            properties[CaseProperties.CloseValue] = CrmValues.Invariant(value);
        }

        var customer = deal.Account.Length > 0 ? facts.Node(
            "Customer",
            deal.Account,
            deal.Account,
            authoritative: false) : null;
        var product = facts.Node("Product", deal.Product, deal.Product, authoritative: false);
        var title = deal.Account.Length > 0 ? $"{deal.Product} for {deal.Account}" : $"{deal.Product} (no account yet)";
        if (deal.IsOpen)
        {
            var opportunity = facts.Node("Opportunity", deal.Id, title, properties);
            facts.Relate("interested_in", opportunity, product);
            if (customer is not null)
            {
                facts.Relate("opportunity_for", opportunity, customer);
            }

            return;
        }

        properties[CaseProperties.Outcome] = deal.Stage == "Won" ? CaseProperties.Won : CaseProperties.Lost;
        var caseId = facts.Node("Case", "crm/" + deal.Id, title, properties);
        facts.Relate("uses", caseId, product);
        if (customer is not null)
        {
            facts.Relate("for_customer", caseId, customer);
        }
    }

    /// <summary>
    /// One spelling per product: names that differ only by spacing or case (<c>GTXPro</c>, <c>GTX Pro</c>) meet under the
    /// most frequent spelling; the graph's resolver then maps that to the product catalog's name.
    /// </summary>
    private static Dictionary<string, string> ProductSpellings(CsvTable table, int column, CrmFacts facts)
    {
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = table.Rows.Select(r => r[column]).Where(p => p.Length > 0)
            .GroupBy(CrmValues.Compact, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var counts = group.GroupBy(
                p => p,
                StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            foreach (var variant in counts)
            {
                spellings[variant.Key] = counts[0].Key;
            }

            if (counts.Count > 1)
            {
                facts.Warn("product", $"spellings {string.Join(", ", counts.Skip(1).Select(c => $"'{c.Key}' ({c.Count()} rows)"))} " +
                    $"merged into '{counts[0].Key}' ({counts[0].Count()} rows).");
            }
        }

        return spellings;
    }

    internal sealed class Columns(CsvTable table)
    {
        public int Id { get; } = table.Column("opportunity_id");

        public int Product { get; } = table.Column("product");

        public int Account { get; } = table.Column("account");

        public int Stage { get; } = table.Column("deal_stage");

        public int Engaged { get; } = table.Column("engage_date");

        public int Closed { get; } = table.Column("close_date");

        public int Value { get; } = table.Column("close_value");
    }
}
