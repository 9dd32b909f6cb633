// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Search;
using SalesCognition.Retrieval.Search.Internal;

namespace SalesCognition.Retrieval.Tests.Search;

public sealed class VectorLegGateTests
{
    [Theory]
    [InlineData("audit log", 0.0)]
    [InlineData("数据安全", 1.0)]
    [InlineData("等保 MFA", 0.4)]
    [InlineData("等保2.0 MFA", 2.0 / 7)]
    [InlineData("!?", 0.0)]
    [InlineData("𠮷野", 1.0)]
    public void CjkShare_Text_CountsCjkAmongLettersAndDigits(string text, double expected)
    {
        double share = VectorLegGate.CjkShare(text);

        Assert.Equal(expected, share, 9);
    }

    [Fact]
    public void Decide_EnglishQuery_KeepsConfiguredWeight()
    {
        var decision = VectorLegGate.Decide(
            "audit log retention",
            new RetrievalOptions { VectorWeight = 0.7 },
            localEnglishModel: true);

        Assert.Equal(0.7, decision.Weight, 9);
        Assert.Null(decision.Note);
    }

    [Fact]
    public void Decide_ChineseQuery_SkipsLeg()
    {
        var decision = VectorLegGate.Decide("金融客户问等保三级怎么满足", new RetrievalOptions(), localEnglishModel: false);

        Assert.True(decision.Skipped);
        Assert.Contains("skipped", decision.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_MixedQuery_DownWeightsLinearly()
    {
        // 4 CJK of 13 letters and digits: (0.5 - 4/13) / (0.5 - 0.2) = 0.641...
        var decision = VectorLegGate.Decide("等保三级 MFA SSO TLS", new RetrievalOptions(), localEnglishModel: false);

        Assert.Equal((0.5 - (4.0 / 13)) / 0.3, decision.Weight, 9);
        Assert.Contains("down-weighted", decision.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_MostlyChineseWithDigits_SkipsLeg()
    {
        // 1980 and 年 make a share of 6/10: past the skip point, the model would only see noise.
        var decision = VectorLegGate.Decide("1980年他在哪里工作", new RetrievalOptions(), localEnglishModel: false);

        Assert.True(decision.Skipped);
    }

    [Fact]
    public void Decide_GateOff_KeepsFullWeightForChinese()
    {
        var decision = VectorLegGate.Decide(
            "数据安全",
            new RetrievalOptions { VectorCjkShareLimit = 1 },
            localEnglishModel: false);

        Assert.Equal(1, decision.Weight, 9);
    }

    [Fact]
    public void Decide_LocalModelWithUnknownPieces_SkipsLeg()
    {
        // Emoji and rare ideographs are outside the English vocabulary: every piece is [UNK].
        var decision = VectorLegGate.Decide(
            "👍 🚀 𠮷",
            new RetrievalOptions { VectorCjkShareLimit = 1 },
            localEnglishModel: true);

        Assert.True(decision.Skipped);
        Assert.Contains("cannot spell", decision.Note, StringComparison.Ordinal);
    }
}
