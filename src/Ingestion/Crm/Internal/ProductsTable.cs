// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Csv;
using SalesCognition.Ingestion.Sources;
using SalesCognition.Retrieval.Reasoning.CaseMatching;

namespace SalesCognition.Ingestion.Crm.Internal;

/// <summary>The product table: one Product per row with its series and list price.</summary>
internal static class ProductsTable
{
    public static bool Matches(CsvTable table) => table.Has("product", "series");

    public static ParsedSource Read(SourceInput input, CsvTable table)
    {
        var facts = new CrmFacts(input.Path);
        var (product, series, price) = (table.Column("product"), table.Column("series"), table.Column("sales_price"));
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var name = row[product];
            if (name.Length == 0)
            {
                facts.Warn(row.Row, "product is empty; row skipped.");
                continue;
            }

            if (seen.TryGetValue(CrmValues.Compact(name), out var first))
            {
                facts.Warn(
                    row.Row,
                    $"product '{name}' is the same as '{first}' (spacing or case aside); the first row is kept.");
                continue;
            }

            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            if (row[series].Length > 0)
            {
                properties[CaseProperties.Series] = row[series];
            }

            if (row[price].Length > 0)
            {
                if (!CrmValues.TryNumber(row[price], "sales_price", out var value, out var problem))
                {
                    facts.Warn(row.Row, problem + "; row skipped.");
                    continue;
                }

                properties["salesPrice"] = CrmValues.Invariant(value);
            }

            seen[CrmValues.Compact(name)] = name;
            var id = facts.Node("Product", name, name, properties);
            var text = $"Product {name}" + (row[series].Length > 0 ? $", {row[series]} series" : "")
                + (properties.TryGetValue("salesPrice", out var listed) ? $", list price {listed} USD." : ".");
            facts.Section("product", name, text, $"products/{name}", id);
        }

        return facts.Build("CRM products");
    }
}
