// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;

namespace SalesCognition.Graph.Storage.Neo4j.Internal;

/// <summary>The rows of one statement's answer (<c>data.fields</c> and <c>data.values</c> of the plain JSON format).</summary>
internal sealed class CypherResult
{
    public static CypherResult Empty { get; } = new([], []);

    private CypherResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement[]> rows)
    {
        Fields = fields;
        Rows = rows;
    }

    /// <summary>The names of the returned columns.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Each row's values, in the order of <see cref="Fields"/>.</summary>
    public IReadOnlyList<JsonElement[]> Rows { get; }

    /// <summary>The position of a returned column.</summary>
    /// <exception cref="InvalidDataException">The answer has no such column.</exception>
    public int Column(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i], field, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidDataException($"The Neo4j answer has no column '{field}'.");
    }

    /// <summary>Reads <c>data</c> of an answer; an answer without it (a commit, a write) has no rows.</summary>
    public static CypherResult Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) ||
            data.ValueKind != JsonValueKind.Object)
        {
            return Empty;
        }

        var fields = data.TryGetProperty("fields", out var names) && names.ValueKind == JsonValueKind.Array
            ? names.EnumerateArray().Select(n => n.GetString() ?? "").ToList()
            : [];
        var rows = data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.Clone()).ToArray()).ToList()
            : [];
        return new CypherResult(fields, rows);
    }
}
