// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesCognition.Graph.Storage.Neo4j.Internal;

/// <summary>One Cypher statement with its parameters, as the Query API takes it.</summary>
internal sealed class CypherStatement
{
    public CypherStatement(string text, JsonObject? parameters = null)
    {
        // The Query API wants a statement on one line; Cypher reads line breaks and spaces alike.
        Text = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Parameters = parameters ?? [];
    }

    /// <summary>The statement, on one line.</summary>
    public string Text { get; }

    /// <summary>The values of its <c>$name</c> parameters.</summary>
    public JsonObject Parameters { get; }

    /// <summary>Writes the request body: <c>{"statement": ..., "parameters": {...}}</c>.</summary>
    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("statement", Text);
        writer.WritePropertyName("parameters");
        Parameters.WriteTo(writer);
        writer.WriteEndObject();
    }
}
