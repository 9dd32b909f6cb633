// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesCognition.Ingestion.Oscal;

/// <summary>
/// Converts between the ways people write NIST SP 800-53 control ids (<c>AC-2(1)</c>, <c>ac-02(01)</c>,
/// <c>AC-2 (1)</c>) and the OSCAL form used as node key (<c>ac-2.1</c>).
/// </summary>
public static partial class ControlIds
{
    /// <summary>
    /// Normalises a control id to the OSCAL form: <c>AC-2(1)</c>, <c>ac-02(01)</c> and <c>ac-2.1</c> all give
    /// <c>ac-2.1</c>. An id of another shape comes back trimmed and in lower case.
    /// </summary>
    /// <param name="id">The id as written.</param>
    /// <returns>The OSCAL form of the id.</returns>
    public static string Normalize(string id)
    {
        ArgumentNullException.ThrowIfNull(id);

        return TryNormalize(id, out var normalized) ? normalized : id.Trim().ToLowerInvariant();
    }

    /// <summary>Normalises an id that has the shape of an SP 800-53 control or enhancement id.</summary>
    /// <param name="id">The id as written.</param>
    /// <param name="normalized">The OSCAL form (<c>ac-2.1</c>), or empty when the id has another shape.</param>
    /// <returns>Whether the id has the shape of an SP 800-53 control id.</returns>
    public static bool TryNormalize(string? id, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        var match = ControlIdPattern().Match(id.Trim());
        if (!match.Success)
        {
            return false;
        }

        var family = match.Groups["family"].Value.ToLowerInvariant();
        var number = int.Parse(match.Groups["number"].ValueSpan, CultureInfo.InvariantCulture);
        var enhancement = match.Groups["enhancement"];
        normalized = enhancement.Success
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"{family}-{number}.{int.Parse(enhancement.ValueSpan, CultureInfo.InvariantCulture)}")
            : string.Create(CultureInfo.InvariantCulture, $"{family}-{number}");
        return true;
    }

    /// <summary>The usual printed label of a control id: <c>ac-2.1</c> gives <c>AC-2(1)</c>.</summary>
    /// <param name="id">A control id in any form <see cref="Normalize"/> accepts.</param>
    /// <returns>The label, or the id in upper case when it is not an SP 800-53 id.</returns>
    public static string ToLabel(string id)
    {
        ArgumentNullException.ThrowIfNull(id);

        if (!TryNormalize(id, out var normalized))
        {
            return id.Trim().ToUpperInvariant();
        }

        var dot = normalized.IndexOf('.', StringComparison.Ordinal);
        return dot < 0
            ? normalized.ToUpperInvariant()
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{normalized[..dot].ToUpperInvariant()}({normalized[(dot + 1)..]})");
    }

    // Two letters, a number, and an optional enhancement as "(n)" or ".n"; zero padding and inner spaces allowed.
    [GeneratedRegex(
        @"^(?<family>[A-Za-z]{2})\s*-\s*(?<number>\d{1,3})(?:\s*\(\s*(?<enhancement>\d{1,3})\s*\)|\.(?<enhancement>\d{1,3}))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ControlIdPattern();
}
