// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Vectors;

namespace SalesCognition.Retrieval.Tests.Vectors;

public sealed class PassagesTests
{
    [Fact]
    public void Split_EnglishSentences_OnePassageEach()
    {
        var passages = Passages.Split(
            "Gateways terminate TLS 1.3 at the edge. Keys rotate every 90 days! Does the audit log keep 180 days? Yes.");

        Assert.Equal(
            ["Gateways terminate TLS 1.3 at the edge.", "Keys rotate every 90 days!", "Does the audit log keep 180 days? Yes."],
            passages);
    }

    [Fact]
    public void Split_ChineseSentencesAndLineBreaks()
    {
        var passages = Passages.Split(
            "网关支持国密算法SM4加密传输全部业务数据。"
            + "审计日志保存至少一百八十天以满足等保要求；"
            + "\n- 集群支持K8s部署以及弹性伸缩扩容能力");

        Assert.Equal(
            [
                "网关支持国密算法SM4加密传输全部业务数据。",
                "审计日志保存至少一百八十天以满足等保要求；",
                "- 集群支持K8s部署以及弹性伸缩扩容能力",
            ],
            passages);
    }

    [Theory]
    [InlineData("")]
    [InlineData("One sentence without an end")]
    [InlineData("Only one sentence. ok")]
    [InlineData("e.g. versions 1.2 and 1.3 of the protocol are supported by the gateway")]
    public void Split_FewerThanTwoPassages_GivesNone(string text) => Assert.Empty(Passages.Split(text));

    [Fact]
    public void Split_NeverSplitsDecimalsOrLowerCaseAbbreviations()
    {
        var passages = Passages.Split("Version 2.5 supports TLS1.3 e.g. on the gateway side. The next release adds SM4 support.");

        Assert.Equal(2, passages.Count);
        Assert.StartsWith("Version 2.5 supports TLS1.3 e.g. on", passages[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The gateway supports modern ciphers, e.g. TLS1.3 and SM4 on every port. Older clients fall back.")]
    [InlineData("Response times fell sharply in the pilot, see Fig. 3 for the whole curve. The rollout followed.")]
    [InlineData("The results of Wadden et al. (2020) held in the pilot as well. The rollout followed.")]
    [InlineData("The product ships to customers across the U.S. Army and Navy bases. Support teams work on every base.")]
    [InlineData("The latency curve is shown in FIG. 2 of the appendix here. The rollout followed.")]
    public void Split_AbbreviationOrInitialBeforeACapital_DoesNotEndASentence(string text)
    {
        var passages = Passages.Split(text);

        Assert.Equal(2, passages.Count);
        Assert.Equal(text, string.Join(' ', passages));
    }

    [Theory]
    [InlineData("The tablets contain vitamin D. It is sold in every pharmacy of the region.")]
    [InlineData("The gateway encrypts everything at rest. 网关支持国密算法和审计日志，满足等保三级要求。")]
    public void Split_SingleCapitalOrChineseAfterAFullStop_StartsASentence(string text)
    {
        var passages = Passages.Split(text);

        Assert.Equal(2, passages.Count);
        Assert.Equal(text, string.Join(' ', passages));
    }

    [Fact]
    public void Split_LongText_KeepsEveryWordInAtMostMaxPassages()
    {
        var text = string.Join(' ', Enumerable.Range(0, 50).Select(i => $"Sentence number {i} ends here."));

        var passages = Passages.Split(text);

        Assert.Equal(Passages.MaxPerEntry, passages.Count);
        Assert.Equal(text, string.Join(' ', passages));
    }

    [Fact]
    public void Hash_IsPrefixedAndStable()
    {
        Assert.StartsWith(Passages.HashPrefix, Passages.Hash("a"), StringComparison.Ordinal);
        Assert.Equal(Passages.Hash("a"), Passages.Hash("a"));
        Assert.NotEqual(Passages.Hash("a"), Passages.Hash("b"));
    }
}
