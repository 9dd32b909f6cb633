// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Sources;
using static SalesCognition.Ingestion.Tests.Oscal.OscalSnippets;

namespace SalesCognition.Ingestion.Tests.Oscal;

public sealed partial class OscalReaderTests
{
    [Fact]
    public void Read_ParamWithLabel_RendersAssignment()
    {
        var json = Catalog(Control(
            "ac-1",
            "AC-1",
            "Notify {{ insert: param, ac-1_prm_1 }} promptly.",
            """{ "id": "ac-1_prm_1", "label": "organization-defined personnel or roles" }"""));

        var source = Read(json);

        Assert.Contains(
            "Notify [Assignment: organization-defined personnel or roles] promptly.",
            SectionOf(source, "ac-1").Text);
    }

    [Fact]
    public void Read_ParamWithValues_RendersValuesInsteadOfLabel()
    {
        var json = Catalog(Control(
            "ac-1",
            "AC-1",
            "Review every {{ insert: param, ac-1_prm_1 }}.",
            """{ "id": "ac-1_prm_1", "label": "frequency", "values": ["30 days", "after incidents"] }"""));

        var source = Read(json);

        Assert.Contains("Review every 30 days, after incidents.", SectionOf(source, "ac-1").Text);
    }

    [Fact]
    public void Read_ParamDefinedOnParentControl_ResolvesInEnhancement()
    {
        var json = Catalog(Control(
            "ac-2",
            "AC-2",
            "Manage accounts.",
            """{ "id": "ac-2_prm_1", "label": "organization-defined time period" }""",
            Control("ac-2.3", "AC-2(3)", "Disable accounts within {{ insert: param, ac-2_prm_1 }}.")));

        var source = Read(json);

        Assert.Contains(
            "Disable accounts within [Assignment: organization-defined time period].",
            SectionOf(source, "ac-2.3").Text);
    }

    [Fact]
    public void Read_ChainedParams_ResolveThroughEveryLink()
    {
        var json = Catalog(Control(
            "ac-1",
            "AC-1",
            "Act {{ insert: param, p1 }}.",
            """
            { "id": "p1", "values": ["within {{ insert: param, p2 }}"] },
            { "id": "p2", "values": ["{{ insert: param, p3 }} of notice"] },
            { "id": "p3", "label": "organization-defined hours" }
            """));

        var source = Read(json);

        Assert.Contains(
            "Act within [Assignment: organization-defined hours] of notice.",
            SectionOf(source, "ac-1").Text);
    }

    [Fact]
    public void Read_SelectWithInserts_RendersChoicesWithResolvedInserts()
    {
        var json = Catalog(Control(
            "ac-7",
            "AC-7",
            "When exceeded: {{ insert: param, ac-7_prm_1 }}; then {{ insert: param, ac-7_prm_3 }}.",
            """
            { "id": "ac-7_prm_1", "select": { "how-many": "one-or-more", "choice": [
                "lock the account for {{ insert: param, ac-7_prm_2 }} ",
                "notify the administrator" ] } },
            { "id": "ac-7_prm_2", "label": "organization-defined time period" },
            { "id": "ac-7_prm_3", "select": { "choice": [ "log", "alert" ] } }
            """));

        var source = Read(json);

        Assert.Contains(
            "When exceeded: [Selection: one or more of: lock the account for [Assignment: organization-defined time " +
                "period]; "
            + "notify the administrator]; then [Selection: one of: log; alert].",
            SectionOf(source, "ac-7").Text);
    }

    [Fact]
    public void Read_ParamReferringToItself_ThrowsNamingParamAndControl()
    {
        var json = Catalog(Control(
            "ac-1",
            "AC-1",
            "Do {{ insert: param, ac-1_prm_1 }}.",
            """{ "id": "ac-1_prm_1", "values": ["more of {{ insert: param, ac-1_prm_1 }}"] }"""));

        var exception = Assert.Throws<SourceFormatException>(() => Read(json));

        Assert.Contains("ac-1_prm_1 -> ac-1_prm_1", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'ac-1'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(SnippetPath, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoParamsReferringToEachOther_ThrowsNamingBoth()
    {
        var json = Catalog(Control(
            "ac-1",
            "AC-1",
            "Do {{ insert: param, a }}.",
            """
            { "id": "a", "select": { "choice": [ "x", "y {{ insert: param, b }}" ] } },
            { "id": "b", "values": [ "z {{ insert: param, a }}" ] }
            """));

        var exception = Assert.Throws<SourceFormatException>(() => Read(json));

        Assert.Contains("a -> b -> a", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'ac-1'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UndefinedParam_WarnsAndLeavesNoRawInsert()
    {
        var json = Catalog(Control("ac-1", "AC-1", "Do {{ insert: param, nowhere_prm }} and {{ bogus }}."));

        var source = Read(json);

        var text = SectionOf(source, "ac-1").Text;
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Contains("[Assignment: nowhere_prm]", text, StringComparison.Ordinal);
        Assert.Equal(2, source.Warnings.Count);
        Assert.Contains(source.Warnings, w => w.Message.Contains("nowhere_prm", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SameParamUsedTwice_IsNotALoop()
    {
        var json = Catalog(Control(
            "ac-1",
            "AC-1",
            "Do {{ insert: param, a }} and {{ insert: param, b }}.",
            """
            { "id": "a", "values": [ "{{ insert: param, c }} and {{ insert: param, c }}" ] },
            { "id": "b", "values": [ "{{ insert: param, c }}" ] },
            { "id": "c", "label": "shared" }
            """));

        var source = Read(json);

        Assert.Contains(
            "Do [Assignment: shared] and [Assignment: shared] and [Assignment: shared].",
            SectionOf(source, "ac-1").Text);
    }
}
