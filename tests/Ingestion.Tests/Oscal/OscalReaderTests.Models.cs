// Copyright (c) SalesCognition. All rights reserved.

using static SalesCognition.Ingestion.Tests.Oscal.OscalSnippets;

namespace SalesCognition.Ingestion.Tests.Oscal;

public sealed partial class OscalReaderTests
{
    private const string Profile = """
        {
          "profile": {
            "uuid": "p",
            "metadata": { "title": "NIST Special Publication 800-53 Revision 5.1.1 LOW IMPACT BASELINE", "version": "5.1.1" },
            "imports": [ {
              "href": "#catalog",
              "include-controls": [ { "with-ids": [ "ac-1", "ac-2", "AC-2(1)", "ac-3" ] } ],
              "exclude-controls": [ { "with-ids": [ "ac-3" ] } ] } ],
            "merge": { "as-is": true }
          }
        }
        """;

    private const string ComponentDefinition = """
        {
          "component-definition": {
            "uuid": "cd",
            "metadata": { "title": "Widgets", "version": "REPLACE_ME" },
            "components": [
              { "uuid": "c1", "type": "software", "title": "Widget Server", "description": "Serves widgets.",
                "control-implementations": [ {
                  "uuid": "ci1", "source": "#x", "description": "REPLACE_ME",
                  "set-parameters": [ { "param-id": "ac-2_prm_1", "values": [ "90 days" ] } ],
                  "implemented-requirements": [
                    { "uuid": "r1", "control-id": "ac-2", "description": "REPLACE_ME",
                      "props": [ { "name": "implementation-status", "ns": "https://example.org", "value": "partial" } ],
                      "statements": [ { "statement-id": "ac-2_smt.a", "uuid": "s1",
                        "description": "Accounts expire after {{ insert: param, ac-2_prm_1 }}." } ] },
                    { "uuid": "r2", "control-id": "AC-2(1)", "description": "Automated with the admin console." } ] } ] },
              { "uuid": "c2", "type": "validation", "title": "checker", "description": "Checks widgets.",
                "control-implementations": [ { "uuid": "ci2", "source": "#x", "description": "d",
                  "implemented-requirements": [ { "uuid": "r3", "control-id": "ac-2", "description": "Checks it." } ] } ] }
            ]
          }
        }
        """;

    [Fact]
    public void Read_Profile_GivesBaselineRequiringSelectedControls()
    {
        var source = Read(Profile, "low-profile.json");

        var baseline = NodeOf(source, "Baseline", "nist-800-53-rev5-low");
        Assert.Equal("low", baseline.Properties["level"]);
        var requires = source.Relations.Where(r => r.Type == "requires" && r.FromId == baseline.Id).Select(r => r.ToId);
        Assert.Equal(["control:ac-1", "control:ac-2", "control:ac-2.1"], requires);
        Assert.Equal("AC-2(1)", NodeOf(source, "Control", "ac-2.1").Name);
        Assert.Contains(source.Relations, r => r.Type == "baseline_of" && r.ToId == "standard:nist-800-53-rev5");
        Assert.All(source.Relations, r => Assert.Contains(source.Nodes, n => n.Id == r.ToId));
    }

    [Fact]
    public void Read_Profile_GivesOneBaselineSummarySection()
    {
        var source = Read(Profile, "low-profile.json");

        var section = Assert.Single(source.Sections);
        Assert.Equal("baseline", section.EntryKind);
        Assert.Equal("NIST SP 800-53 Rev. 5 LOW baseline", section.Title);
        Assert.Contains("AC-1, AC-2, AC-2(1)", section.Text, StringComparison.Ordinal);
        Assert.Equal(["baseline:nist-800-53-rev5-low"], section.SubjectNodeIds);
    }

    [Fact]
    public void Read_ComponentDefinition_GivesImplementsWithStatus()
    {
        var source = Read(ComponentDefinition, "widgets.json");

        var component = NodeOf(source, "Component", "widget server");
        Assert.Equal("software", component.Properties["type"]);
        Assert.Equal("Serves widgets.", component.Properties["description"]);
        var implements = source.Relations.Where(r => r.Type == "implements" && r.FromId == component.Id).ToList();
        Assert.Equal(2, implements.Count);
        var ac2 = Assert.Single(implements, r => r.ToId == "control:ac-2");
        Assert.Equal("partial", ac2.Properties["status"]);
        Assert.False(ac2.Properties.ContainsKey("description"));
        var ac21 = Assert.Single(implements, r => r.ToId == "control:ac-2.1");
        Assert.Equal("unknown", ac21.Properties["status"]);
        Assert.Equal("Automated with the admin console.", ac21.Properties["description"]);
        Assert.Equal("AC-2(1)", NodeOf(source, "Control", "ac-2.1").Name);
    }

    [Fact]
    public void Read_ComponentDefinition_GivesOneSectionPerRequirement()
    {
        var source = Read(ComponentDefinition, "widgets.json");

        Assert.Equal(2, source.Sections.Count);
        var section = Assert.Single(source.Sections, s => s.Title == "Widget Server implements AC-2");
        Assert.Equal("component", section.EntryKind);
        Assert.Equal("components/widget-server/ac-2", section.Locator.Path);
        Assert.Equal(["component:widget-server", "control:ac-2"], section.SubjectNodeIds);
        Assert.Equal(
            "Widget Server implements AC-2.\nStatus: partial.\n\nAccounts expire after 90 days.",
            section.Text);
        Assert.DoesNotContain(source.Sections, s => s.Text.Contains("REPLACE_ME", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ValidationComponent_GetsNodeButNoImplements()
    {
        var source = Read(ComponentDefinition, "widgets.json");

        var checker = NodeOf(source, "Component", "checker");
        Assert.Equal("validation", checker.Properties["type"]);
        Assert.DoesNotContain(source.Relations, r => r.FromId == checker.Id);
    }

    [Fact]
    public void Read_HardWrappedDescription_JoinsLinesButKeepsParagraphsAndLists()
    {
        var json = ComponentDefinition.Replace(
            "Automated with the admin console.",
            "Automated with\\nthe admin console.\\n\\nSee:\\n- the guide\\n- the API",
            StringComparison.Ordinal);

        var source = Read(json, "widgets.json");

        var section = Assert.Single(source.Sections, s => s.Title == "Widget Server implements AC-2(1)");
        Assert.EndsWith(
            "Automated with the admin console.\n\nSee:\n- the guide\n- the API",
            section.Text,
            StringComparison.Ordinal);
    }
}
