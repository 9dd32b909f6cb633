// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;

namespace SalesCognition.Retrieval.Vectors.Qdrant.Internal;

/// <summary>A Qdrant filter: conditions that must all hold, and point ids to leave out.</summary>
internal sealed class QdrantFilter
{
    private readonly List<(string Key, string? Value, IReadOnlyCollection<string>? Any)> _must = [];
    private IReadOnlyCollection<string>? _exceptIds;

    /// <summary>A filter on one tenant's points.</summary>
    public static QdrantFilter ForTenant(string tenant) => new QdrantFilter().Match(QdrantPayload.Tenant, tenant);

    /// <summary>The payload value at <paramref name="key"/> must equal <paramref name="value"/>.</summary>
    public QdrantFilter Match(string key, string value)
    {
        _must.Add((key, value, null));
        return this;
    }

    /// <summary>The payload value at <paramref name="key"/> must be one of <paramref name="values"/>.</summary>
    public QdrantFilter MatchAny(string key, IReadOnlyCollection<string> values)
    {
        _must.Add((key, null, values));
        return this;
    }

    /// <summary>Points with these ids do not match.</summary>
    public QdrantFilter ExceptIds(IReadOnlyCollection<string> ids)
    {
        _exceptIds = ids;
        return this;
    }

    /// <summary>Writes the filter object as the value of a <c>filter</c> property.</summary>
    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("filter");
        writer.WriteStartArray("must");
        foreach (var (key, value, any) in _must)
        {
            writer.WriteStartObject();
            writer.WriteString("key", key);
            writer.WriteStartObject("match");
            if (any is null)
            {
                writer.WriteString("value", value);
            }
            else
            {
                WriteStrings(writer, "any", any);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (_exceptIds is { Count: > 0 })
        {
            writer.WriteStartArray("must_not");
            writer.WriteStartObject();
            WriteStrings(writer, "has_id", _exceptIds);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
