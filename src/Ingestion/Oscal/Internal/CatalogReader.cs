// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Oscal.Internal;

/// <summary>
/// Reads an OSCAL catalog: the standard, one node per control and enhancement, one section per control in force.
/// A resolved profile (a catalog whose title names a baseline, or made by a resolution tool) also gives the
/// baseline and its <c>requires</c> relations.
/// </summary>
internal sealed class CatalogReader(OscalJson json, OscalSourceBuilder builder)
{
    private const string Root = "$.catalog";

    private string _standardId = "";
    private string? _baselineId;

    /// <summary>Reads the catalog and returns its title.</summary>
    public string Read(JsonElement catalog)
    {
        var metadata = json.RequiredObject(catalog, "metadata", Root);
        var title = json.RequiredString(metadata, "title", Root + ".metadata");
        var metadataProps = json.Props(metadata, Root + ".metadata");
        var isBaseline = OscalIdentity.NamesBaseline(title) || metadataProps.Any(p => p.Name == "resolution-tool");

        var (standardKey, standardName) = OscalIdentity.Standard(title);
        _standardId = builder.AddNode(
            OscalTypes.Standard,
            standardKey,
            standardName,
            isBaseline ? null : StandardProperties(metadata, title));
        if (isBaseline)
        {
            _baselineId = AddBaseline(title, metadata);
        }

        var catalogScope = new ParameterScope(null, ReadParameters(catalog, Root));
        foreach (var (group, path) in json.Objects(catalog, "groups", Root))
        {
            ReadGroup(group, path, catalogScope);
        }

        foreach (var (control, path) in json.Objects(catalog, "controls", Root))
        {
            ReadControl(control, path, new Family("", ""), null, catalogScope);
        }

        return title;
    }

    private Dictionary<string, string> StandardProperties(JsonElement metadata, string title)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = title };
        if (json.OptionalString(metadata, "version", Root + ".metadata") is { Length: > 0 } version)
        {
            properties["version"] = version;
        }

        return properties;
    }

    private string AddBaseline(string title, JsonElement metadata)
    {
        var (baselineId, _) = builder.AddBaseline(title, json.OptionalString(metadata, "version", Root + ".metadata"));
        builder.AddRelation(OscalTypes.BaselineOf, baselineId, _standardId);
        return baselineId;
    }

    private void ReadGroup(JsonElement group, string path, ParameterScope parentScope)
    {
        var family = new Family(
            json.RequiredString(group, "title", path),
            json.OptionalString(group, "id", path) ?? "");
        var scope = new ParameterScope(parentScope, ReadParameters(group, path));

        foreach (var (inner, innerPath) in json.Objects(group, "groups", path))
        {
            ReadGroup(inner, innerPath, scope);
        }

        foreach (var (control, controlPath) in json.Objects(group, "controls", path))
        {
            ReadControl(control, controlPath, family, null, scope);
        }
    }

    private void ReadControl(
        JsonElement control,
        string path,
        Family family,
        string? parentId,
        ParameterScope parentScope)
    {
        var oscalId = json.RequiredString(control, "id", path);
        var title = json.RequiredString(control, "title", path);
        var props = json.Props(control, path);
        var label = LabelOf(props) ?? ControlIds.ToLabel(oscalId);
        var withdrawn = props.Any(p =>
            p.Name == "status" && p.Value.Equals("withdrawn", StringComparison.OrdinalIgnoreCase));
        var scope = new ParameterScope(parentScope, ReadParameters(control, path));

        var controlId = AddControl(ControlIds.Normalize(oscalId), title, label, family, withdrawn, path);
        AddAliases(controlId, props, label);
        builder.AddRelation(OscalTypes.Contains, _standardId, controlId);
        if (parentId is not null)
        {
            builder.AddRelation(OscalTypes.Enhances, controlId, parentId);
        }

        if (_baselineId is not null)
        {
            builder.AddRelation(OscalTypes.Requires, _baselineId, controlId);
        }

        if (!withdrawn)
        {
            var context = new RenderContext(json, builder, oscalId, path);
            var heading = $"{label} {title}";
            builder.Sections.Add(new ParsedSection(
                "control",
                heading,
                family.Title.Length > 0 ? [family.Title, heading] : [heading],
                ControlText(control, heading, scope, context, path),
                builder.UniqueLocator($"controls/{oscalId}"))
            {
                SubjectNodeIds = [controlId],
            });
        }

        foreach (var (child, childPath) in json.Objects(control, "controls", path))
        {
            ReadControl(child, childPath, family, controlId, scope);
        }
    }

    private string AddControl(string key, string title, string label, Family family, bool withdrawn, string path)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal) { ["label"] = label };
        if (family.Title.Length > 0)
        {
            properties["family"] = family.Title;
            properties["familyId"] = family.Id;
        }

        if (withdrawn)
        {
            properties["withdrawn"] = "true";
        }

        var id = NodeId.For(OscalTypes.Control, key);
        if (builder.HasNode(id))
        {
            builder.Warn(path, $"Control '{key}' appears more than once; the first one was kept.");
        }

        return builder.AddNode(OscalTypes.Control, key, title, properties);
    }

    private void AddAliases(string controlId, IReadOnlyList<OscalProp> props, string label)
    {
        builder.AddAlias(controlId, label);
        foreach (var prop in props.Where(p => p.Name == "label" && p.Class == "zero-padded"))
        {
            builder.AddAlias(controlId, prop.Value);
        }
    }

    private string ControlText(
        JsonElement control,
        string heading,
        ParameterScope scope,
        RenderContext context,
        string path)
    {
        var blocks = new List<string> { heading };
        foreach (var (part, partPath) in json.Objects(control, "parts", path))
        {
            var name = json.RequiredString(part, "name", partPath);
            if (name is not ("statement" or "guidance"))
            {
                continue;
            }

            var lines = new List<string>();
            AppendPart(lines, part, partPath, 0, scope, context);
            if (lines.Count > 0)
            {
                blocks.Add((name == "guidance" ? "Guidance: " : "") + string.Join('\n', lines));
            }
        }

        return string.Join("\n\n", blocks);
    }

    private void AppendPart(
        List<string> lines,
        JsonElement part,
        string path,
        int depth,
        ParameterScope scope,
        RenderContext context)
    {
        var label = depth > 0 ? LabelOf(json.Props(part, path)) : null;
        var prose = ProseText.Plain(scope.Render(json.OptionalString(part, "prose", path) ?? "", context));
        var line = label is null ? prose : $"{label} {prose}".TrimEnd();
        if (line.Length > 0)
        {
            lines.Add(new string(' ', 2 * Math.Max(0, depth - 1)) + line);
        }

        foreach (var (inner, innerPath) in json.Objects(part, "parts", path))
        {
            AppendPart(lines, inner, innerPath, depth + 1, scope, context);
        }
    }

    private List<OscalParameter> ReadParameters(JsonElement owner, string path) =>
        json.Objects(owner, "params", path).Select(p => OscalParameter.Parse(json, p.Item, p.Path)).ToList();

    // Resolved catalogs carry several labels ("AC-02" zero-padded, "AC-02" for SP 800-53A); the plain one is "AC-2".
    private static string? LabelOf(IReadOnlyList<OscalProp> props) =>
        (props.FirstOrDefault(p => p.Name == "label" && p.Class is null)
            ?? props.FirstOrDefault(p => p.Name == "label"))?.Value;

    private readonly record struct Family(string Title, string Id);
}
