// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Ingestion.Csv;
using SalesCognition.Ingestion.Sources;
using SalesCognition.Retrieval.Reasoning.CaseMatching;

namespace SalesCognition.Ingestion.Crm.Internal;

/// <summary>The accounts table: one Customer per row, in its industry and region, with its size.</summary>
internal static class AccountsTable
{
    public static bool Matches(CsvTable table) => table.Has(
        "account",
        "sector") && (table.Has("employees") || table.Has("revenue"));

    public static ParsedSource Read(SourceInput input, CsvTable table)
    {
        var facts = new CrmFacts(input.Path);
        var (account, sector, revenue, employees, location, established, parent) = (
            table.Column("account"), table.Column("sector"), table.Column("revenue"), table.Column("employees"),
            table.Column("office_location"), table.Column("year_established"), table.Column("subsidiary_of"));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var name = row[account];
            if (name.Length == 0)
            {
                facts.Warn(row.Row, "account is empty; row skipped.");
                continue;
            }

            if (!seen.Add(name))
            {
                facts.Warn(row.Row, $"account '{name}' appears again; the first row is kept, this one skipped.");
                continue;
            }

            if (!TryMeasures(facts, row, revenue, employees, out var revenueValue, out var employeeValue))
            {
                continue;
            }

            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            Put(properties, "sector", row[sector]);
            Put(properties, "yearEstablished", row[established]);
            Put(properties, "subsidiaryOf", row[parent]);
            Put(properties, "officeLocation", row[location]);
            Put(properties, CaseProperties.Revenue, revenueValue is { } r ? CrmValues.Invariant(r) : "");
            Put(
                properties,
                CaseProperties.Employees,
                employeeValue is { } e ? e.ToString(CultureInfo.InvariantCulture) : "");
            Put(properties, CaseProperties.SizeBand, SizeBands.Name(SizeBands.Of(employeeValue, revenueValue)));

            var customer = facts.Node("Customer", name, name, properties);
            if (row[sector].Length > 0)
            {
                facts.Relate(
                    "in_industry",
                    customer,
                    facts.Node("Industry", row[sector], row[sector], authoritative: false));
            }

            if (row[location].Length > 0)
            {
                facts.Relate(
                    "located_in",
                    customer,
                    facts.Node("Region", row[location], row[location], authoritative: false));
            }

            facts.Section(
                "account",
                name,
                Describe(name, row[sector], row[location], revenueValue, employeeValue, row[established], row[parent]),
                $"accounts/{name}",
                customer);
        }

        return facts.Build("CRM accounts");
    }

    private static bool TryMeasures(
        CrmFacts facts,
        CsvRow row,
        int revenue,
        int employees,
        out double? revenueValue,
        out int? employeeValue)
    {
        revenueValue = null;
        employeeValue = null;
        if (row[revenue].Length > 0)
        {
            if (!CrmValues.TryNumber(row[revenue], "revenue", out var value, out var problem))
            {
                facts.Warn(row.Row, problem + "; row skipped.");
                return false;
            }

            revenueValue = value;
        }

        if (row[employees].Length > 0)
        {
            if (!CrmValues.TryNumber(
                row[employees],
                "employees",
                out var value,
                out var problem) || value != Math.Floor(value) || value > int.MaxValue)
            {
                facts.Warn(
                    row.Row,
                    (problem ?? $"employees '{row[employees]}' is not a whole number") + "; row skipped.");
                return false;
            }

            employeeValue = (int)value;
        }

        return true;
    }

    private static void Put(Dictionary<string, string> properties, string key, string value)
    {
        if (value.Length > 0)
        {
            properties[key] = value;
        }
    }

    private static string Describe(
        string name,
        string sector,
        string location,
        double? revenue,
        int? employees,
        string established,
        string parent)
    {
        var parts = new List<string>();
        if (sector.Length > 0)
        {
            parts.Add($"sector {sector}");
        }

        if (location.Length > 0)
        {
            parts.Add($"headquartered in {location}");
        }

        if (employees is { } e)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{e:N0} employees"));
        }

        if (revenue is { } r)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"annual revenue {r:N2} million USD"));
        }

        if (established.Length > 0)
        {
            parts.Add($"established {established}");
        }

        if (parent.Length > 0)
        {
            parts.Add($"subsidiary of {parent}");
        }

        return $"Account {name}: {string.Join(", ", parts)}.";
    }
}
