// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text.Json;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Oscal.Internal;

/// <summary>
/// Reads an OSCAL profile as a baseline: the baseline node and a <c>requires</c> relation to each control it
/// selects by id, with a minimal node for each control so both ends exist.
/// </summary>
internal sealed class ProfileReader(OscalJson json, OscalSourceBuilder builder)
{
    private const string Root = "$.profile";

    /// <summary>Reads the profile and returns its title.</summary>
    public string Read(JsonElement profile)
    {
        var metadata = json.RequiredObject(profile, "metadata", Root);
        var title = json.RequiredString(metadata, "title", Root + ".metadata");

        var baselineId = AddBaseline(title, metadata, out var baselineName);
        var controlIds = SelectedControls(profile);
        var labels = new List<string>(controlIds.Count);
        foreach (var key in controlIds)
        {
            var label = ControlIds.ToLabel(key);
            var controlId = builder.AddNode(
                OscalTypes.Control,
                key,
                label,
                new Dictionary<string, string>(StringComparer.Ordinal) { ["label"] = label },
                defines: false);
            builder.AddRelation(OscalTypes.Requires, baselineId, controlId);
            labels.Add(label);
        }

        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{baselineName}\n\n{title} selects {labels.Count} controls and control enhancements: ")
            + string.Join(", ", labels) + ".";
        var locator = builder.UniqueLocator("profile");
        builder.Sections.Add(new ParsedSection("baseline", baselineName, [baselineName], summary, locator)
        {
            SubjectNodeIds = [baselineId],
        });
        return title;
    }

    private string AddBaseline(string title, JsonElement metadata, out string name)
    {
        (var baselineId, name) = builder.AddBaseline(
            title,
            json.OptionalString(metadata, "version", Root + ".metadata"));
        if (OscalIdentity.IsNist80053Rev5(title))
        {
            var standardId = builder.AddNode(
                OscalTypes.Standard,
                OscalIdentity.Nist80053Rev5Key,
                OscalIdentity.Nist80053Rev5Name,
                defines: false);
            builder.AddRelation(OscalTypes.BaselineOf, baselineId, standardId);
        }
        else
        {
            builder.Warn(
                Root + ".metadata.title",
                "The profile's standard is not known from its title; no baseline_of relation.");
        }

        return baselineId;
    }

    private List<string> SelectedControls(JsonElement profile)
    {
        var selected = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        if (!profile.TryGetProperty("imports", out _))
        {
            throw json.Error(Root, "required member 'imports' is missing.");
        }

        foreach (var (import, importPath) in json.Objects(profile, "imports", Root))
        {
            if (import.TryGetProperty("include-all", out _))
            {
                builder.Warn(
                    importPath,
                    "include-all needs the imported catalog, which is not read; no controls taken from it.");
            }

            foreach (var (include, includePath) in json.Objects(import, "include-controls", importPath))
            {
                if (include.TryGetProperty("matching", out _))
                {
                    builder.Warn(
                        includePath,
                        "Selection by 'matching' patterns is not supported; only 'with-ids' is read.");
                }

                foreach (var id in json.Strings(include, "with-ids", includePath).Select(ControlIds.Normalize))
                {
                    if (seen.Add(id))
                    {
                        selected.Add(id);
                    }
                }
            }

            foreach (var (exclude, excludePath) in json.Objects(import, "exclude-controls", importPath))
            {
                excluded.UnionWith(json.Strings(exclude, "with-ids", excludePath).Select(ControlIds.Normalize));
            }
        }

        selected.RemoveAll(excluded.Contains);
        return selected;
    }
}
