// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;

namespace SalesCognition.Ingestion.Oscal.Internal;

/// <summary>An OSCAL parameter as far as rendering needs it: set values, else a selection, else a label.</summary>
internal sealed record OscalParameter(
    string Id,
    IReadOnlyList<string> Values,
    IReadOnlyList<string> Choices,
    bool OneOrMore,
    string? Label)
{
    public static OscalParameter Parse(OscalJson json, JsonElement element, string path)
    {
        var id = json.RequiredString(element, "id", path);
        var values = json.Strings(element, "values", path).ToList();
        var choices = new List<string>();
        var oneOrMore = false;
        if (element.TryGetProperty("select", out var select) && select.ValueKind == JsonValueKind.Object)
        {
            choices.AddRange(json.Strings(select, "choice", path + ".select"));
            oneOrMore = string.Equals(
                json.OptionalString(select, "how-many", path + ".select"),
                "one-or-more",
                StringComparison.OrdinalIgnoreCase);
        }

        return new OscalParameter(id, values, choices, oneOrMore, json.OptionalString(element, "label", path));
    }

    /// <summary>A parameter a component definition sets (<c>set-parameters</c>): values only.</summary>
    public static OscalParameter ParseSetting(OscalJson json, JsonElement element, string path) => new(
        json.RequiredString(element, "param-id", path),
        json.Strings(element, "values", path).ToList(),
        [],
        false,
        null);
}
