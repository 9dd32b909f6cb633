// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Oscal;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Tests.Oscal;

/// <summary>Small handmade OSCAL documents and a way to read them.</summary>
internal static class OscalSnippets
{
    public const string SnippetPath = "snippets/test-catalog.json";

    public static ParsedSource Read(string json, string path = SnippetPath) =>
        new OscalReader().Read(new SourceInput("test-source", path, json, SourceKinds.Auto));

    /// <summary>A catalog with one group <c>ac</c> "Access Control" holding <paramref name="controls"/>.</summary>
    public static string Catalog(string controls, string title = "Example Catalog") => $$"""
        {
          "catalog": {
            "uuid": "00000000-0000-4000-8000-000000000000",
            "metadata": { "title": "{{title}}", "version": "1.0", "oscal-version": "1.1.2" },
            "groups": [ { "id": "ac", "class": "family", "title": "Access Control", "controls": [ {{controls}} ] } ]
          }
        }
        """;

    /// <summary>A control with <paramref name="parameters"/> and a statement of <paramref name="prose"/>.</summary>
    public static string Control(string id, string label, string prose, string parameters = "", string children = "") => $$"""
        {
          "id": "{{id}}", "class": "SP800-53", "title": "Title of {{id}}",
          "params": [ {{parameters}} ],
          "props": [ { "name": "label", "value": "{{label}}" } ],
          "parts": [
            { "id": "{{id}}_smt", "name": "statement", "prose": "{{prose}}" },
            { "id": "{{id}}_gdn", "name": "guidance", "prose": "Guidance of {{id}}." }
          ],
          "controls": [ {{children}} ]
        }
        """;

    public static ParsedSection SectionOf(ParsedSource source, string controlKey) =>
        Assert.Single(source.Sections, s => s.SubjectNodeIds.Contains(NodeId.For("Control", controlKey)));

    public static GraphNode NodeOf(ParsedSource source, string type, string key) =>
        Assert.Single(source.Nodes, n => n.Id == NodeId.For(type, key));
}
