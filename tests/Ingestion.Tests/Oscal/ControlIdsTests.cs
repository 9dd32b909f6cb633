// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Oscal;

namespace SalesCognition.Ingestion.Tests.Oscal;

public sealed class ControlIdsTests
{
    [Theory]
    [InlineData("ac-2.1", "ac-2.1")]
    [InlineData("AC-2(1)", "ac-2.1")]
    [InlineData("ac-2(1)", "ac-2.1")]
    [InlineData("AC-02(01)", "ac-2.1")]
    [InlineData("AC-2 (1)", "ac-2.1")]
    [InlineData("AC-02", "ac-2")]
    [InlineData(" si-4 ", "si-4")]
    [InlineData("SC-7.5", "sc-7.5")]
    [InlineData("ac-02.13", "ac-2.13")]
    public void Normalize_Sp80053Forms_GiveOscalId(string written, string expected)
    {
        var normalized = ControlIds.Normalize(written);

        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("A.5.1", "a.5.1")]
    [InlineData("ac-2_smt.a", "ac-2_smt.a")]
    [InlineData("Access-Control", "access-control")]
    public void Normalize_OtherShapes_GiveLowerCaseTrimmed(string written, string expected)
    {
        var normalized = ControlIds.Normalize(written);

        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("AC-2(1")]
    [InlineData("ACX-2")]
    public void TryNormalize_NotAControlId_ReturnsFalse(string? written)
    {
        var ok = ControlIds.TryNormalize(written, out var normalized);

        Assert.False(ok);
        Assert.Equal("", normalized);
    }

    [Theory]
    [InlineData("ac-2.1", "AC-2(1)")]
    [InlineData("ac-2", "AC-2")]
    [InlineData("AC-02(03)", "AC-2(3)")]
    public void ToLabel_ControlId_GivesPrintedLabel(string id, string expected)
    {
        var label = ControlIds.ToLabel(id);

        Assert.Equal(expected, label);
    }
}
