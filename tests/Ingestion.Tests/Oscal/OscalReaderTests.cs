// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Oscal;
using SalesCognition.Ingestion.Sources;
using static SalesCognition.Ingestion.Tests.Oscal.OscalSnippets;

namespace SalesCognition.Ingestion.Tests.Oscal;

public sealed partial class OscalReaderTests
{
    private readonly OscalReader _reader = new();

    [Theory]
    [InlineData("catalog")]
    [InlineData("profile")]
    [InlineData("component-definition")]
    public void CanRead_JsonFileWithOscalModel_ReturnsTrue(string model)
    {
        var input = new SourceInput("s", "data/doc.json", $$"""{ "{{model}}": { "uuid": "x" } }""", SourceKinds.Auto);

        var canRead = _reader.CanRead(input);

        Assert.True(canRead);
    }

    [Fact]
    public void CanRead_ModelAfterLargeMember_ReturnsTrue()
    {
        var filler = string.Join(",", Enumerable.Range(0, 2000).Select(i => $"\"k{i}\": {i}"));
        var input = new SourceInput("s", "doc.JSON", $$"""{ "$schema": "x", "extra": { {{filler}} }, "catalog": {} }""", "auto");

        var canRead = _reader.CanRead(input);

        Assert.True(canRead);
    }

    [Theory]
    [InlineData("doc.json", """{ "name": "x", "nested": { "catalog": {} } }""", "auto")]
    [InlineData("doc.json", """[ { "catalog": {} } ]""", "auto")]
    [InlineData("doc.txt", """{ "catalog": {} }""", "auto")]
    [InlineData("doc.json", """{ "catalog": {} }""", "docs")]
    [InlineData("doc.md", "# Title", "standard")]
    public void CanRead_NotAnOscalSourceForThisReader_ReturnsFalse(string path, string text, string hint)
    {
        var input = new SourceInput("s", path, text, hint);

        var canRead = _reader.CanRead(input);

        Assert.False(canRead);
    }

    [Fact]
    public void CanRead_TruncatedOscalFile_ReturnsTrueSoReadReportsWhere()
    {
        var input = new SourceInput("s", "doc.json", "{ \"catalog\": { \"metadata\": ", SourceKinds.Auto);

        var canRead = _reader.CanRead(input);

        Assert.True(canRead);
        Assert.Throws<SourceFormatException>(() => _reader.Read(input));
    }

    [Fact]
    public void CanRead_StandardKindForcedOnJson_ReturnsTrue()
    {
        var input = new SourceInput("s", "upload.bin", """{ "something": 1 }""", SourceKinds.Standard);

        var canRead = _reader.CanRead(input);

        Assert.True(canRead);
    }

    [Fact]
    public void Read_Catalog_GivesStandardControlsAndStructuralRelations()
    {
        var json = Catalog(Control("ac-1", "AC-1", "Do one.", children: Control("ac-1.1", "AC-1(1)", "Do more.")));

        var source = Read(json);

        Assert.Equal(SourceKinds.Standard, source.Kind);
        Assert.Equal("Example Catalog", source.Title);
        var standard = NodeOf(source, "Standard", "example-catalog");
        var enhancement = NodeOf(source, "Control", "ac-1.1");
        Assert.Equal("Title of ac-1.1", enhancement.Name);
        Assert.Equal("AC-1(1)", enhancement.Properties["label"]);
        Assert.Equal("Access Control", enhancement.Properties["family"]);
        Assert.Equal("ac", enhancement.Properties["familyId"]);
        Assert.False(enhancement.Properties.ContainsKey("withdrawn"));
        Assert.Contains(
            source.Relations,
            r => r.Type == "contains" && r.FromId == standard.Id && r.ToId == "control:ac-1");
        Assert.Contains(
            source.Relations,
            r => r.Type == "contains" && r.FromId == standard.Id && r.ToId == "control:ac-1.1");
        Assert.Contains(
            source.Relations,
            r => r.Type == "enhances" && r.FromId == "control:ac-1.1" && r.ToId == "control:ac-1");
        Assert.All(source.Nodes, n => Assert.Equal(NodeId.For(n.Type, n.Key), n.Id));
        Assert.All(source.Relations, r => Assert.Equal("test-source", r.SourceId));
    }

    [Fact]
    public void Read_Catalog_GivesOneControlSectionPerControl()
    {
        var json = Catalog(Control("ac-1", "AC-1", "Do one.", children: Control("ac-1.1", "AC-1(1)", "Do more.")));

        var source = Read(json);

        Assert.Equal(2, source.Sections.Count);
        var section = SectionOf(source, "ac-1");
        Assert.Equal("control", section.EntryKind);
        Assert.Equal("AC-1 Title of ac-1", section.Title);
        Assert.Equal(["Access Control", "AC-1 Title of ac-1"], section.HeadingPath);
        Assert.Equal("controls/ac-1", section.Locator.Path);
        Assert.Equal(-1, section.Locator.Start);
        Assert.Equal("AC-1 Title of ac-1\n\nDo one.\n\nGuidance: Guidance of ac-1.", section.Text);
        Assert.Equal(["control:ac-1"], section.SubjectNodeIds);
    }

    [Fact]
    public void Read_NistRev5Title_UsesSeededStandardKey()
    {
        var json = Catalog(
            Control("ac-1", "AC-1", "Do one."),
            "NIST Special Publication 800-53 Revision 5: Security and Privacy Controls");

        var source = Read(json);

        var standard = NodeOf(source, "Standard", "nist-800-53-rev5");
        Assert.Equal("NIST SP 800-53 Rev. 5", standard.Name);
        Assert.DoesNotContain(source.Nodes, n => n.Type == "Baseline");
    }

    [Fact]
    public void Read_StatementItems_RenderedWithTheirLabelsInOrder()
    {
        const string control = """
            { "id": "ac-2", "title": "Account Management",
              "props": [ { "name": "label", "value": "AC-2" }, { "name": "sort-id", "value": "ac-02" } ],
              "parts": [ { "id": "ac-2_smt", "name": "statement", "parts": [
                { "id": "ac-2_smt.a", "name": "item", "props": [ { "name": "label", "value": "a." } ], "prose": "Define accounts;" },
                { "id": "ac-2_smt.b", "name": "item", "props": [ { "name": "label", "value": "b." } ], "prose": "Specify:",
                  "parts": [
                    { "id": "ac-2_smt.b.1", "name": "item", "props": [ { "name": "label", "value": "1." } ], "prose": "Users; and" },
                    { "id": "ac-2_smt.b.2", "name": "item", "props": [ { "name": "label", "value": "2." } ], "prose": "Roles." } ] } ] },
                { "name": "assessment-objective", "prose": "Not part of the text." } ] }
            """;

        var source = Read(Catalog(control));

        Assert.Equal(
            "AC-2 Account Management\n\na. Define accounts;\nb. Specify:\n  1. Users; and\n  2. Roles.",
            SectionOf(source, "ac-2").Text);
    }

    [Fact]
    public void Read_WithdrawnControl_MarkedWithoutSection()
    {
        const string withdrawn = """
            { "id": "ac-13", "title": "Supervision and Review", "props": [
                { "name": "label", "value": "AC-13" }, { "name": "status", "value": "withdrawn" } ] }
            """;

        var source = Read(Catalog(Control("ac-1", "AC-1", "Do one.") + "," + withdrawn));

        Assert.Equal("true", NodeOf(source, "Control", "ac-13").Properties["withdrawn"]);
        Assert.DoesNotContain(source.Sections, s => s.SubjectNodeIds.Contains("control:ac-13"));
        Assert.Single(source.Sections);
        Assert.Contains(source.Relations, r => r.Type == "contains" && r.ToId == "control:ac-13");
    }

    [Fact]
    public void Read_MarkdownInProse_KeepsOnlyText()
    {
        var source = Read(Catalog(Control("ac-1", "AC-1", "Audit events are defined in [AU-2](#au-2) and **kept**.")));

        Assert.Contains("Audit events are defined in AU-2 and kept.", SectionOf(source, "ac-1").Text);
    }

    [Fact]
    public void Read_UnknownMembers_AreIgnored()
    {
        var json = Catalog(Control("ac-1", "AC-1", "Do one.")).Replace(
            "\"uuid\": \"00000000-0000-4000-8000-000000000000\",",
            "\"uuid\": \"u\", \"x-vendor\": { \"anything\": [1, 2, { \"catalog\": null }] },",
            StringComparison.Ordinal);

        var source = Read(json);

        Assert.Single(source.Sections);
        Assert.Empty(source.Warnings);
    }

    [Theory]
    [InlineData(
        "NIST Special Publication 800-53 Revision 5.1.1 MODERATE IMPACT BASELINE",
        "[]",
        "nist-800-53-rev5-moderate")]
    [InlineData("NIST Special Publication 800-53 Revision 5.1.1 LOW IMPACT BASELINE", "[]", "nist-800-53-rev5-low")]
    [InlineData("Tailored controls", """[ { "name": "resolution-tool", "value": "resolver" } ]""", "tailored-controls")]
    public void Read_ResolvedProfileCatalog_AddsBaselineRequiringEveryControl(
        string title,
        string props,
        string baselineKey)
    {
        var json = Catalog(Control("ac-1", "AC-1", "Do one.", children: Control("ac-1.1", "AC-1(1)", "More.")), title)
            .Replace("\"version\": \"1.0\"", $"\"version\": \"1.0\", \"props\": {props}", StringComparison.Ordinal);

        var source = Read(json);

        var baseline = NodeOf(source, "Baseline", baselineKey);
        var standard = Assert.Single(source.Nodes, n => n.Type == "Standard");
        var requires = source.Relations.Where(r => r.Type == "requires" && r.FromId == baseline.Id).Select(r => r.ToId);
        Assert.Equal(["control:ac-1", "control:ac-1.1"], requires.Order());
        Assert.Contains(
            source.Relations,
            r => r.Type == "baseline_of" && r.FromId == baseline.Id && r.ToId == standard.Id);
        Assert.Equal(2, source.Sections.Count(s => s.EntryKind == "control"));
    }

    [Fact]
    public void Read_NistModerateResolvedCatalog_NamesBaselineAndLevel()
    {
        var json = Catalog(
            Control("ac-1", "AC-1", "Do one."),
            "NIST Special Publication 800-53 Revision 5.1.1 MODERATE IMPACT BASELINE");

        var source = Read(json);

        var baseline = NodeOf(source, "Baseline", "nist-800-53-rev5-moderate");
        Assert.Equal("NIST SP 800-53 Rev. 5 MODERATE baseline", baseline.Name);
        Assert.Equal("moderate", baseline.Properties["level"]);
        Assert.Contains(source.Relations, r => r.Type == "baseline_of" && r.ToId == "standard:nist-800-53-rev5");
    }

    [Fact]
    public void Read_MalformedJson_ThrowsWithLineBytePositionAndFile()
    {
        const string json = "{\n  \"catalog\": {\n    \"metadata\": { \"title\": \"x\" ,, }\n  }\n}";

        var exception = Assert.Throws<SourceFormatException>(() => Read(json, "bad/broken.json"));

        Assert.Contains("bad/broken.json", exception.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", exception.Message, StringComparison.Ordinal);
        Assert.Matches(@"byte \d+", exception.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(exception.InnerException);
    }

    [Fact]
    public void Read_ControlWithoutId_ThrowsNamingJsonPath()
    {
        var json = Catalog(Control("ac-1", "AC-1", "Do one.") + """, { "title": "No id here" }""");

        var exception = Assert.Throws<SourceFormatException>(() => Read(json));

        Assert.Contains("$.catalog.groups[0].controls[1]", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'id'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(SnippetPath, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CatalogWithoutMetadataTitle_ThrowsNamingJsonPath()
    {
        const string json = """{ "catalog": { "uuid": "u", "metadata": { "version": "1" } } }""";

        var exception = Assert.Throws<SourceFormatException>(() => Read(json));

        Assert.Contains("$.catalog.metadata", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'title'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonWithoutOscalModel_Throws()
    {
        var exception = Assert.Throws<SourceFormatException>(() => Read("""{ "name": "not oscal" }"""));

        Assert.Contains("catalog", exception.Message, StringComparison.Ordinal);
    }
}
