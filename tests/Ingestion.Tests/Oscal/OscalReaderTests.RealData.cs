// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Sources;
using SalesCognition.Testing;
using static SalesCognition.Ingestion.Tests.Oscal.OscalSnippets;

namespace SalesCognition.Ingestion.Tests.Oscal;

public sealed partial class OscalReaderTests
{
    private const string Nist = "nist-800-53-rev5-oscal/";
    private const string FullCatalog = Nist + "full-catalog-5.0.1/NIST_SP-800-53_rev5_catalog.json";
    private const string ModerateResolved =
        Nist + "baselines/NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json";
    private const string OpenShift =
        Nist + "real-component-definition-openshift/ocp4-nist_ocp4-moderate.component-definition.json";

    [RequiresDataFact("nist-800-53-rev5-oscal")]
    public void Read_ModerateResolvedCatalog_RequiresEveryControlItContains()
    {
        var input = SharedData.Input(ModerateResolved);
        var expected = ControlIdsIn(input.Text);

        var source = _reader.Read(input);

        var baseline = NodeOf(source, "Baseline", "nist-800-53-rev5-moderate");
        Assert.Equal("moderate", baseline.Properties["level"]);
        var required = source.Relations
            .Where(r => r.Type == "requires" && r.FromId == baseline.Id)
            .Select(r => r.ToId)
            .ToList();
        Assert.Equal(expected.Count, required.Count);
        Assert.Equal(expected.Select(id => NodeId.For("Control", id)).Order(), required.Order());
        Assert.Contains(source.Relations, r => r.Type == "baseline_of" && r.ToId == "standard:nist-800-53-rev5");
        Assert.Equal(expected.Count, source.Sections.Count);
    }

    [RequiresDataFact("nist-800-53-rev5-oscal")]
    public void Read_ModerateResolvedCatalog_LeavesNoInsertInAnySection()
    {
        var source = _reader.Read(SharedData.Input(ModerateResolved));

        Assert.All(source.Sections, s => Assert.DoesNotContain("{{", s.Text, StringComparison.Ordinal));
        Assert.All(source.Sections, s => Assert.DoesNotContain("insert:", s.Text, StringComparison.Ordinal));
        Assert.Empty(source.Warnings);
        var ac2 = SectionOf(source, "ac-2");
        Assert.Equal("AC-2 Account Management", ac2.Title);
        Assert.Contains("c. Require [Assignment: prerequisites and criteria] for group and role membership;", ac2.Text);
    }

    [RequiresDataFact("nist-800-53-rev5-oscal")]
    public void Read_FullCatalog_Ac2HasResolvedStatementAndGuidance()
    {
        var source = _reader.Read(SharedData.Input(FullCatalog));

        var ac2 = SectionOf(source, "ac-2");
        Assert.Equal(["Access Control", "AC-2 Account Management"], ac2.HeadingPath);
        Assert.StartsWith(
            "AC-2 Account Management\n\na. Define and document the types of accounts",
            ac2.Text,
            StringComparison.Ordinal);
        Assert.Contains("Require [Assignment: organization-defined prerequisites and criteria] for group", ac2.Text);
        Assert.Contains("\n  1. Authorized users of the system;", ac2.Text);
        Assert.Contains("\n\nGuidance: Examples of system account types include", ac2.Text);
        Assert.DoesNotContain("{{", ac2.Text, StringComparison.Ordinal);
        Assert.Equal("NIST SP 800-53 Rev. 5", NodeOf(source, "Standard", "nist-800-53-rev5").Name);
        Assert.Contains(
            source.Relations,
            r => r.Type == "enhances" && r.FromId == "control:ac-2.1" && r.ToId == "control:ac-2");
    }

    [RequiresDataFact("nist-800-53-rev5-oscal")]
    public void Read_FullCatalog_CountsMatchTheJson()
    {
        var input = SharedData.Input(FullCatalog);
        var all = ControlIdsIn(input.Text);
        var withdrawn = ControlIdsIn(input.Text, withdrawnOnly: true);

        var source = _reader.Read(input);

        Assert.Equal(all.Count, source.Nodes.Count(n => n.Type == "Control"));
        Assert.Equal(all.Count, source.Relations.Count(r => r.Type == "contains"));
        var markedWithdrawn = source.Nodes.Where(n => n.Properties.ContainsKey("withdrawn")).Select(n => n.Key);
        Assert.Equal(withdrawn.Order(), markedWithdrawn.Order());
        Assert.Equal(all.Count - withdrawn.Count, source.Sections.Count);
        Assert.All(source.Sections, s => Assert.DoesNotContain("{{", s.Text, StringComparison.Ordinal));
        Assert.All(source.Nodes, n => Assert.Equal(NodeId.For(n.Type, n.Key), n.Id));
        Assert.DoesNotContain(source.Nodes, n => n.Type == "Baseline");
    }

    [RequiresDataFact("nist-800-53-rev5-oscal")]
    public void Read_OpenShiftComponentDefinition_ImplementsMatchTheJson()
    {
        var input = SharedData.Input(OpenShift);
        var expected = ImplementedStatuses(input.Text);

        var source = _reader.Read(input);

        var implements = source.Relations.Where(r => r.Type == "implements" && r.FromId == "component:ocp4").ToList();
        Assert.Equal(expected.Count, implements.Count);
        Assert.Equal(
            expected.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count()),
            implements.GroupBy(r => r.Properties["status"]).ToDictionary(g => g.Key, g => g.Count()));
        Assert.All(implements, r => Assert.Contains(source.Nodes, n => n.Id == r.ToId && n.Type == "Control"));
        Assert.Equal(expected.Count, source.Sections.Count(s => s.EntryKind == "component"));
        Assert.Equal("service", NodeOf(source, "Component", "ocp4").Properties["type"]);
        Assert.DoesNotContain(
            source.Relations,
            r => r.Properties.Values.Any(v => v.Contains("REPLACE_ME", StringComparison.Ordinal)));
    }

    [RequiresDataFact("nist-800-53-rev5-oscal")]
    public void Read_OpenShiftComponentDefinition_SectionNamesComponentControlAndStatus()
    {
        var source = _reader.Read(SharedData.Input(OpenShift));

        var section = Assert.Single(source.Sections, s => s.Locator.Path == "components/ocp4/ac-2.1");
        Assert.Equal("ocp4 implements AC-2(1)", section.Title);
        Assert.StartsWith(
            "ocp4 implements AC-2(1).\nStatus: implemented.\n\nOpenShift components of the system",
            section.Text,
            StringComparison.Ordinal);
        Assert.Equal(["component:ocp4", "control:ac-2.1"], section.SubjectNodeIds);
    }

    [RequiresDataFact("nist-800-53-rev5-oscal")]
    public void Read_BaselineProfiles_RequireEachSelectedId()
    {
        foreach (var (file, level) in new[] { ("LOW", "low"), ("MODERATE", "moderate") })
        {
            var input = SharedData.Input($"{Nist}baselines/NIST_SP-800-53_rev5_{file}-baseline_profile.json");
            using var document = JsonDocument.Parse(input.Text);
            var ids = document.RootElement.GetProperty("profile").GetProperty("imports").EnumerateArray()
                .SelectMany(i => i.GetProperty("include-controls").EnumerateArray())
                .SelectMany(c => c.GetProperty("with-ids").EnumerateArray().Select(id => id.GetString()!))
                .ToList();

            var source = _reader.Read(input);

            var baseline = NodeOf(source, "Baseline", $"nist-800-53-rev5-{level}");
            var required = source.Relations
                .Where(r => r.Type == "requires" && r.FromId == baseline.Id)
                .Select(r => r.ToId);
            Assert.Equal(ids.Select(id => NodeId.For("Control", id)).Order(), required.Order());
        }
    }

    [RequiresDataFact("nist-800-53-rev5-oscal")]
    public void Read_NistComponentExamples_ResolveSetParameters()
    {
        var source = _reader.Read(SharedData.Input(Nist + "component-definition-examples/example-component-definition.json"));

        var section = Assert.Single(source.Sections, s => s.Title == "MongoDB implements SC-8");
        Assert.Contains("to protect the confidentiality of transmitted data", section.Text, StringComparison.Ordinal);
        Assert.All(source.Sections, s => Assert.DoesNotContain("{{", s.Text, StringComparison.Ordinal));
    }

    [RequiresDataFact("nist-800-53-rev5-oscal")]
    public void CanRead_RealOscalFiles_ReturnsTrue()
    {
        var folder = Path.GetDirectoryName(SharedData.PathOf(Nist + "SOURCE.md"))!;
        var files = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories);

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.True(
            _reader.CanRead(new SourceInput(file, file, File.ReadAllText(file), SourceKinds.Auto)),
            file));
    }

    /// <summary>Ids of all controls and enhancements in a catalog, walking the JSON without the reader.</summary>
    private static List<string> ControlIdsIn(string json, bool withdrawnOnly = false)
    {
        using var document = JsonDocument.Parse(json);
        var ids = new List<string>();
        void Walk(JsonElement owner)
        {
            foreach (var member in new[] { "groups", "controls" })
            {
                if (!owner.TryGetProperty(member, out var items))
                {
                    continue;
                }

                foreach (var item in items.EnumerateArray())
                {
                    var isWithdrawn = item.TryGetProperty("props", out var props) && props.EnumerateArray().Any(p =>
                        p.GetProperty("name").GetString() == "status" && p.GetProperty("value").GetString() == "withdrawn");
                    if (member == "controls" && (!withdrawnOnly || isWithdrawn))
                    {
                        ids.Add(item.GetProperty("id").GetString()!);
                    }

                    Walk(item);
                }
            }
        }

        Walk(document.RootElement.GetProperty("catalog"));
        return ids;
    }

    /// <summary>
    /// Statuses of the implemented requirements of non-validation components, read without the reader.
    /// </summary>
    private static List<string> ImplementedStatuses(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("component-definition").GetProperty("components").EnumerateArray()
            .Where(c => c.GetProperty("type").GetString() != "validation")
            .SelectMany(c => c.GetProperty("control-implementations").EnumerateArray())
            .SelectMany(ci => ci.GetProperty("implemented-requirements").EnumerateArray())
            .Select(ir => ir.TryGetProperty("props", out var props)
                ? props.EnumerateArray().Where(p => p.GetProperty("name").GetString() == "implementation-status")
                    .Select(p => p.GetProperty("value").GetString()!).FirstOrDefault() ?? "unknown"
                : "unknown")
            .ToList();
    }
}
