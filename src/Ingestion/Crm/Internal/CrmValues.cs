// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;

namespace SalesCognition.Ingestion.Crm.Internal;

/// <summary>Parses the values of CRM cells; a failure names the column and the value.</summary>
internal static class CrmValues
{
    public static bool TryNumber(string text, string column, out double value, out string? problem)
    {
        problem = null;
        if (!double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value)
            || !double.IsFinite(value))
        {
            problem = $"{column} '{text}' is not a number";
            return false;
        }

        if (value < 0)
        {
            problem = $"{column} '{text}' is negative";
            return false;
        }

        return true;
    }

    public static bool TryDate(string text, string column, out DateOnly value, out string? problem)
    {
        problem = null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            problem = $"{column} '{text}' is not a date (yyyy-MM-dd)";
            return false;
        }

        return true;
    }

    public static string Invariant(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The letters and digits of a name, lower case: the key under which spelling variants meet.</summary>
    public static string Compact(string name) =>
        string.Concat(name.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant().Where(char.IsLetterOrDigit));
}
