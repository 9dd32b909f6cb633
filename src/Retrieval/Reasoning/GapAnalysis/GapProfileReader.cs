// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

/// <summary>
/// Reads a customer profile from YAML or JSON. Field names are those of <see cref="GapProfile"/> in camel case
/// (<c>notApplicable</c>; <c>not-applicable</c> and <c>not_applicable</c> are accepted too). A bad or unknown field
/// gets a <see cref="GapProfileException"/> naming it.
/// </summary>
public static class GapProfileReader
{
    private static readonly string[] ListFields = ["extensions", "implemented", "partial", "notapplicable", "components"];
    private static readonly string[] ScalarFields = ["customer", "industry", "standard", "level", "baseline", "unlisted"];

    /// <summary>Parses a profile.</summary>
    /// <param name="text">The profile, YAML or JSON.</param>
    /// <returns>The profile; the standard and ids are checked against the graph only by the analyser.</returns>
    /// <exception cref="GapProfileException">The profile is empty, malformed, or has a bad or unknown field.</exception>
    public static GapProfile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var trimmed = text.Trim().TrimStart('\uFEFF');
        if (trimmed.Length == 0)
        {
            throw new GapProfileException(
                "profile",
                "",
                "the profile is empty; it needs at least 'standard' and 'level' or 'baseline'.");
        }

        var fields = trimmed.StartsWith('{') ? FromJson(trimmed) : FromYaml(trimmed);
        if (fields.Count == 0)
        {
            throw new GapProfileException(
                "profile",
                "",
                "the profile is empty; it needs at least 'standard' and 'level' or 'baseline'.");
        }

        return Build(fields);
    }

    private static GapProfile Build(Dictionary<string, object> fields)
    {
        string Scalar(string name) => fields.TryGetValue(name, out var value) ? (string)value : "";
        IReadOnlyList<string> List(string name) => fields.TryGetValue(name, out var value) ? (List<string>)value : [];

        var profile = new GapProfile
        {
            Customer = Scalar("customer"),
            Industry = Scalar("industry"),
            Standard = Scalar("standard"),
            Level = Scalar("level"),
            Baseline = Scalar("baseline"),
            Extensions = List("extensions"),
            Implemented = List("implemented"),
            Partial = List("partial"),
            NotApplicable = List("notapplicable"),
            Components = List("components"),
            Unlisted = fields.ContainsKey("unlisted") ? Scalar("unlisted").ToLowerInvariant() : GapStatus.Gap,
        };
        return Validate(profile);
    }

    /// <summary>Checks what can be checked without the graph.</summary>
    /// <exception cref="GapProfileException">A field is missing or has a bad value.</exception>
    public static GapProfile Validate(GapProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);

        if (string.IsNullOrWhiteSpace(profile.Standard))
        {
            throw new GapProfileException(
                "standard",
                "",
                "the profile names no standard (for example mlps-2.0 or nist-800-53-rev5).");
        }

        if (string.IsNullOrWhiteSpace(profile.Level) && string.IsNullOrWhiteSpace(profile.Baseline))
        {
            throw new GapProfileException(
                "level",
                "",
                "the profile names neither a level (MLPS 2.0: 1-4) nor a baseline (NIST: low, moderate).");
        }

        if (profile.Unlisted is not (GapStatus.Gap or GapStatus.Unknown))
        {
            throw new GapProfileException("unlisted", profile.Unlisted, "expected 'gap' or 'unknown'.");
        }

        return profile;
    }

    private static string Canonical(string key) => key.Replace(
        "-",
        "",
        StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    private static void Add(Dictionary<string, object> fields, string key, Func<object> scalar, Func<List<string>> list, string where)
    {
        var name = Canonical(key);
        if (ScalarFields.Contains(name))
        {
            fields[name] = scalar();
        }
        else if (ListFields.Contains(name))
        {
            fields[name] = list();
        }
        else
        {
            throw new GapProfileException(
                key,
                "",
                $"unknown field{where}; expected customer, industry, standard, level, baseline, extensions, " +
                "implemented, partial, notApplicable, components, unlisted.");
        }
    }

    private static Dictionary<string, object> FromJson(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(
                text,
                new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new GapProfileException(
                "profile",
                "",
                $"malformed JSON at line {(ex.LineNumber ?? 0) + 1}: {ex.Message.Split(" Path:")[0]}");
        }

        using (document)
        {
            var fields = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value;
                Add(
                    fields,
                    property.Name,
                    () => JsonScalar(property.Name, value),
                    () => JsonList(property.Name, value),
                    "");
            }

            return fields;
        }
    }

    private static string JsonScalar(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Trim(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Null => "",
        _ => throw new GapProfileException(name, value.GetRawText(), "expected a single value."),
    };

    private static List<string> JsonList(string name, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return [JsonScalar(name, value)];
        }

        return [.. value.EnumerateArray().Select((e, i) => JsonScalar(
            string.Create(CultureInfo.InvariantCulture, $"{name}[{i}]"),
            e)).Where(s => s.Length > 0)];
    }

    private static Dictionary<string, object> FromYaml(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new GapProfileException("profile", "", $"malformed YAML at line {ex.Start.Line}: {ex.Message}");
        }

        var fields = new Dictionary<string, object>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return fields;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new GapProfileException(
                "profile",
                "",
                "the profile must be a mapping of fields (customer:, standard:, level: ...).");
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((keyNode as YamlScalarNode)?.Value ?? "").Trim();
            var where = string.Create(CultureInfo.InvariantCulture, $" (line {keyNode.Start.Line})");
            Add(fields, key, () => YamlScalar(key, valueNode), () => YamlList(key, valueNode), where);
        }

        return fields;
    }

    private static string YamlScalar(string name, YamlNode node) => node switch
    {
        YamlScalarNode scalar => (scalar.Value ?? "").Trim(),
        _ => throw new GapProfileException(
            name,
            "",
            string.Create(CultureInfo.InvariantCulture, $"expected a single value (line {node.Start.Line}).")),
    };

    private static List<string> YamlList(string name, YamlNode node) => node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children.Select((c, i) => YamlScalar(
            string.Create(CultureInfo.InvariantCulture, $"{name}[{i}]"),
            c)).Where(s => s.Length > 0)],
        YamlScalarNode { Value: null or "" } => [],
        _ => [YamlScalar(name, node)],
    };
}
