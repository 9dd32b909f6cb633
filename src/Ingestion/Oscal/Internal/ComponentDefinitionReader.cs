// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Oscal.Internal;

/// <summary>
/// Reads an OSCAL component definition: one node per component and, for each implemented requirement, an
/// <c>implements</c> relation with its status and one section. Validation components (tools that check controls,
/// such as OpenSCAP) get a node but no <c>implements</c> relations: checking a control is not implementing it.
/// </summary>
internal sealed class ComponentDefinitionReader(OscalJson json, OscalSourceBuilder builder)
{
    private const string Root = "$.component-definition";
    private const string Placeholder = "REPLACE_ME";
    private const string UnknownStatus = "unknown";

    /// <summary>Reads the component definition and returns its title.</summary>
    public string Read(JsonElement definition)
    {
        var metadata = json.RequiredObject(definition, "metadata", Root);
        var title = json.RequiredString(metadata, "title", Root + ".metadata");

        foreach (var (component, path) in json.Objects(definition, "components", Root))
        {
            ReadComponent(component, path);
        }

        return title;
    }

    private void ReadComponent(JsonElement component, string path)
    {
        var title = json.RequiredString(component, "title", path);
        var type = json.RequiredString(component, "type", path);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal) { ["type"] = type };
        AddMeaningful(properties, "description", json.OptionalString(component, "description", path));
        AddMeaningful(properties, "purpose", json.OptionalString(component, "purpose", path));

        var componentId = builder.AddNode(OscalTypes.Component, title, title, properties);
        if (string.Equals(type, "validation", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var owner = new Owner(componentId, title, NodeId.NormalizeKey(title));
        foreach (var (implementation, implementationPath) in json.Objects(component, "control-implementations", path))
        {
            var scope = new ParameterScope(null, SetParameters(implementation, implementationPath));
            foreach (var (requirement, requirementPath) in
                json.Objects(implementation, "implemented-requirements", implementationPath))
            {
                ReadRequirement(requirement, requirementPath, owner, scope);
            }
        }
    }

    private void ReadRequirement(JsonElement requirement, string path, Owner owner, ParameterScope parentScope)
    {
        var key = ControlIds.Normalize(json.RequiredString(requirement, "control-id", path));
        var label = ControlIds.ToLabel(key);
        var status = StatusOf(json.Props(requirement, path));
        var scope = new ParameterScope(parentScope, SetParameters(requirement, path));
        var context = new RenderContext(json, builder, key, path);
        var description = Render(json.OptionalString(requirement, "description", path), scope, context);

        var controlId = builder.AddNode(
            OscalTypes.Control,
            key,
            label,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["label"] = label },
            defines: false);
        var relationProperties = new Dictionary<string, string>(StringComparer.Ordinal) { ["status"] = status };
        AddMeaningful(relationProperties, "description", description);
        if (!builder.AddRelation(OscalTypes.Implements, owner.Id, controlId, relationProperties))
        {
            builder.Warn(path, $"Component '{owner.Key}' implements {key} more than once; the first status was kept.");
        }

        var heading = $"{owner.Title} implements {label}";
        var blocks = new List<string> { $"{heading}.\nStatus: {status}." };
        AddMeaningful(blocks, description);
        foreach (var (statement, statementPath) in json.Objects(requirement, "statements", path))
        {
            AddMeaningful(blocks, Render(json.OptionalString(statement, "description", statementPath), scope, context));
        }

        builder.Sections.Add(new ParsedSection(
            "component",
            heading,
            [owner.Title, heading],
            string.Join("\n\n", blocks),
            builder.UniqueLocator($"components/{owner.Key}/{key}"))
        {
            SubjectNodeIds = [owner.Id, controlId],
        });
    }

    private List<OscalParameter> SetParameters(JsonElement owner, string path) =>
        json.Objects(
            owner,
            "set-parameters",
            path).Select(p => OscalParameter.ParseSetting(json, p.Item, p.Path)).ToList();

    private static string StatusOf(IReadOnlyList<OscalProp> props)
    {
        var status = props.FirstOrDefault(p => p.Name == "implementation-status")?.Value.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(status) ? UnknownStatus : status;
    }

    private static string Render(string? text, ParameterScope scope, RenderContext context) =>
        IsMeaningful(text) ? ProseText.Plain(scope.Render(text!, context)) : "";

    private static bool IsMeaningful(string? text) =>
        !string.IsNullOrWhiteSpace(text) && !string.Equals(
            text.Trim(),
            Placeholder,
            StringComparison.OrdinalIgnoreCase);

    private static void AddMeaningful(Dictionary<string, string> properties, string name, string? value)
    {
        if (IsMeaningful(value))
        {
            properties[name] = value!.Trim();
        }
    }

    private static void AddMeaningful(List<string> blocks, string value)
    {
        if (IsMeaningful(value))
        {
            blocks.Add(value);
        }
    }

    private readonly record struct Owner(string Id, string Title, string Key);
}
