// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Csv;

namespace SalesCognition.Ingestion.Crm.Internal;

/// <summary>One validated pipeline row.</summary>
internal sealed record Deal(
    string Id,
    string Product,
    string Account,
    string Stage,
    DateOnly? Engaged,
    DateOnly? Closed,
    double? Value)
{
    private static readonly string[] Stages = ["Prospecting", "Engaging", "Won", "Lost"];

    public bool IsOpen => Stage is "Prospecting" or "Engaging";

    public static bool TryParse(
        CsvRow row,
        PipelineTable.Columns columns,
        IReadOnlyDictionary<string, string> spellings,
        out Deal deal,
        out string problem)
    {
        deal = null!;
        problem = "";
        var id = row[columns.Id];
        var product = row[columns.Product];
        var stage = Stages.FirstOrDefault(s => s.Equals(row[columns.Stage], StringComparison.OrdinalIgnoreCase));
        if (id.Length == 0 || product.Length == 0)
        {
            problem = id.Length == 0 ? "opportunity_id is empty" : "product is empty";
            return false;
        }

        if (stage is null)
        {
            problem = $"deal_stage '{row[columns.Stage]}' is not one of {string.Join(", ", Stages)}";
            return false;
        }

        if (!TryOptionalDate(row[columns.Engaged], "engage_date", out var engaged, ref problem)
            || !TryOptionalDate(row[columns.Closed], "close_date", out var closed, ref problem))
        {
            return false;
        }

        double? value = null;
        if (row[columns.Value].Length > 0)
        {
            if (!CrmValues.TryNumber(row[columns.Value], "close_value", out var parsed, out var valueProblem))
            {
                problem = valueProblem!;
                return false;
            }

            value = parsed;
        }

        if (stage is "Won" or "Lost" && closed is null)
        {
            problem = $"a {stage.ToLowerInvariant()} deal needs a close_date";
            return false;
        }

        if (closed < engaged)
        {
            problem = $"close_date {closed:yyyy-MM-dd} is before engage_date {engaged:yyyy-MM-dd}";
            return false;
        }

        deal = new Deal(
            id,
            spellings.GetValueOrDefault(product, product),
            row[columns.Account],
            stage,
            engaged,
            closed,
            value);
        return true;
    }

    private static bool TryOptionalDate(string text, string column, out DateOnly? value, ref string problem)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (!CrmValues.TryDate(text, column, out var date, out var dateProblem))
        {
            problem = dateProblem!;
            return false;
        }

        value = date;
        return true;
    }
}
