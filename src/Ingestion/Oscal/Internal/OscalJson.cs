// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text.Json;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Oscal.Internal;

/// <summary>Reads OSCAL members from JSON, naming the file and JSON path when a required one is missing.</summary>
internal sealed class OscalJson(string file)
{
    public string File { get; } = file;

    public SourceFormatException Error(string path, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{File}: {path}: {message}"));

    public string RequiredString(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw Error(path, $"required member '{name}' is missing.");
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw Error($"{path}.{name}", $"must be a non-empty string, not {Describe(value)}.");
        }

        return value.GetString()!;
    }

    public JsonElement RequiredObject(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw Error(path, $"required member '{name}' is missing.");
        }

        return value.ValueKind == JsonValueKind.Object
            ? value
            : throw Error($"{path}.{name}", $"must be an object, not {Describe(value)}.");
    }

    public string? OptionalString(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw Error($"{path}.{name}", $"must be a string, not {Describe(value)}.");
    }

    /// <summary>The items of an optional array member, each with its JSON path.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Items(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error($"{path}.{name}", $"must be an array, not {Describe(value)}.");
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, string.Create(CultureInfo.InvariantCulture, $"{path}.{name}[{index}]"));
            index++;
        }
    }

    /// <summary>The objects of an optional array member, each with its JSON path.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Objects(JsonElement element, string name, string path)
    {
        foreach (var (item, itemPath) in Items(element, name, path))
        {
            yield return item.ValueKind == JsonValueKind.Object
                ? (item, itemPath)
                : throw Error(itemPath, $"must be an object, not {Describe(item)}.");
        }
    }

    /// <summary>The strings of an optional array member.</summary>
    public IEnumerable<string> Strings(JsonElement element, string name, string path)
    {
        foreach (var (item, itemPath) in Items(element, name, path))
        {
            yield return item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw Error(itemPath, $"must be a string, not {Describe(item)}.");
        }
    }

    public IReadOnlyList<OscalProp> Props(JsonElement element, string path)
    {
        var props = new List<OscalProp>();
        foreach (var (prop, propPath) in Objects(element, "props", path))
        {
            props.Add(new OscalProp(
                RequiredString(prop, "name", propPath),
                OptionalString(prop, "value", propPath) ?? "",
                OptionalString(prop, "class", propPath)));
        }

        return props;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "an empty string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
