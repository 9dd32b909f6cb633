// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Mlps;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Tests.Mlps;

public sealed class MlpsRequirementsReaderTests
{
    private const string Header = "id,category,layer,control_point,requirement,L1,L2,L3,L4\n";

    [Fact]
    public void Read_QuotedFieldsWithCommasQuotesAndLineBreaks_KeepsTheText()
    {
        var text = Header
            + "GEN-001,安全通用要求,安全计算环境,身份鉴别,"
            + "\"应对用户鉴别,\"\"双因素\"\"\n并记录。\",0,0,1,1\n";

        var parsed = new MlpsRequirementsReader().Read(Input(text));

        var control = Assert.Single(parsed.Nodes, n => n.Type == "Control");
        Assert.Equal("应对用户鉴别,\"双因素\"\n并记录。", control.Name);
        Assert.Equal("control:mlps-gen-001", control.Id);
        Assert.Contains(
            parsed.Relations,
            r => r.Type == "requires" && r.FromId == "baseline:mlps-2.0-level-3" && r.ToId == control.Id);
        Assert.DoesNotContain(parsed.Relations, r => r.Type == "requires" && r.FromId == "baseline:mlps-2.0-level-1");
    }

    [Fact]
    public void Read_BadRows_AreWarningsWithTheirRowWhileGoodRowsIngest()
    {
        var text = Header
            + "GEN-001,安全通用要求,安全计算环境,身份鉴别,应鉴别。,1,1,1,1\n"
            + "GEN-002,安全通用要求,安全计算环境,身份鉴别,too,few\n"
            + "GEN-003,安全通用要求,安全计算环境,身份鉴别,应记录。,1,yes,1,1\n"
            + "GEN-004,外星要求,安全计算环境,身份鉴别,应记录。,1,1,1,1\n"
            + "CLOUD-001,云计算安全扩展要求,安全计算环境,镜像和快照保护,应校验。,0,1,1,1\n"
            + "GEN-005,安全通用要求,安全计算环境,身份鉴别,\"never closed,1,1,1,1\n";

        var parsed = new MlpsRequirementsReader().Read(Input(text));

        Assert.Equal(
            ["control:mlps-gen-001", "control:mlps-cloud-001"],
            parsed.Nodes.Where(n => n.Type == "Control").Select(n => n.Id));
        Assert.Contains(
            parsed.Warnings,
            w => w.Location.StartsWith("row 2 (line 3)", StringComparison.Ordinal)
                && w.Message.Contains("6 fields", StringComparison.Ordinal));
        Assert.Contains(
            parsed.Warnings,
            w => w.Location.StartsWith("row 3 ", StringComparison.Ordinal)
                && w.Message.Contains("'L2' is 'yes'", StringComparison.Ordinal));
        Assert.Contains(
            parsed.Warnings,
            w => w.Location.StartsWith("row 4 ", StringComparison.Ordinal) && w.Message.Contains("外星要求", StringComparison.Ordinal));
        Assert.Contains(
            parsed.Warnings,
            w => w.Location.StartsWith("row 6 (line 7)", StringComparison.Ordinal)
                && w.Message.Contains("never closed", StringComparison.Ordinal));
        Assert.Contains(
            parsed.Relations,
            r => r.FromId == "baseline:mlps-2.0-level-3-cloud" && r.ToId == "control:mlps-cloud-001");
    }

    [Fact]
    public void Read_MissingColumn_IsAFormatErrorNamingIt()
    {
        var error = Assert.Throws<SourceFormatException>(
            () => new MlpsRequirementsReader().Read(Input("id,category,layer,requirement,L1,L2,L3,L4\n")));

        Assert.Contains("control_point", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("table.csv", "id,category,layer,control_point,requirement,L1,L2,L3,L4\n", true)]
    [InlineData("table.csv", "id,requirement,layer,control_point,aliyun_remediation_advice\n", false)]
    [InlineData("table.md", "id,category,layer,control_point,requirement,L1,L2,L3,L4\n", false)]
    public void CanRead_ByExtensionAndHeader_TakesOnlyTheRequirementTable(string path, string text, bool expected)
    {
        var canRead = new MlpsRequirementsReader().CanRead(new SourceInput(path, path, text, SourceKinds.Auto));

        Assert.Equal(expected, canRead);
    }

    private static SourceInput Input(string text) => new(
        "mem://requirements.csv",
        "requirements.csv",
        text,
        SourceKinds.Auto);
}
