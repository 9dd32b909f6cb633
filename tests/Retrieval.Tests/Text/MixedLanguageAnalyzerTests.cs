// Copyright (c) SalesCognition. All rights reserved.

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SalesCognition.Retrieval.Text.Internal;

namespace SalesCognition.Retrieval.Tests.Text;

public sealed class MixedLanguageAnalyzerTests : IDisposable
{
    private readonly MixedLanguageAnalyzer _analyzer = new();

    public void Dispose() => _analyzer.Dispose();

    [Theory]
    [InlineData("TLS1.3", "tls1.3")]
    [InlineData("K8s", "k8s")]
    [InlineData("SM4", "sm4")]
    [InlineData("网关支持TLS1.3协议", "tls1.3")]
    [InlineData("K8s集群部署指南", "k8s")]
    [InlineData("采用SM4算法加密", "sm4")]
    [InlineData("ＴＬＳ１．３", "tls1.3")]
    public void Analyze_LatinDigitRun_StaysOneTerm(string text, string expectedTerm)
    {
        List<string> terms = Terms(text);

        Assert.Contains(expectedTerm, terms);
    }

    [Fact]
    public void Analyze_ChineseRun_ProducesUnigramsAndBigrams()
    {
        List<string> terms = Terms("数据安全");

        Assert.Equal(["数", "数据", "据", "据安", "安", "安全", "全"], terms);
    }

    [Fact]
    public void Analyze_SingleChineseCharacter_KeepsIt()
    {
        List<string> terms = Terms("云");

        Assert.Equal(["云"], terms);
    }

    [Theory]
    [InlineData("怎么配置？", "怎么配置?")]
    [InlineData("ＴＬＳ１．３协议", "TLS1.3协议")]
    [InlineData("ｶﾞｲﾄﾞ", "ガイド")]
    [InlineData("等保２．０：三级", "等保2.0:三级")]
    [InlineData("（含税）报价", "(含税)报价")]
    [InlineData("ﬁrewall", "firewall")]
    [InlineData("cafe\u0301", "café")]
    [InlineData("⼈⼯智能", "人工智能")]
    [InlineData("5㎞", "5km")]
    public void Analyze_CompatibilityForm_GivesSameTermsAsPlainForm(string compatibility, string plain)
    {
        List<string> fromCompatibility = Terms(compatibility);
        List<string> fromPlain = Terms(plain);

        Assert.NotEmpty(fromPlain);
        Assert.Equal(fromPlain, fromCompatibility);
    }

    [Theory]
    [InlineData("👍")]
    [InlineData("🚀")]
    [InlineData("𠮷")]
    [InlineData("𠮷野家的👍🏽评价")]
    [InlineData("👨‍👩‍👧 family")]
    [InlineData("❤️ 服务")]
    [InlineData("broken \uD800 high")]
    [InlineData("broken \uDC00 low")]
    [InlineData("broken \uD800\u0301 mark")]
    [InlineData("replacement a\uFFFDb")]
    [InlineData("end\uD83D")]
    public void Analyze_EmojiAndSupplementaryCharacters_NoBrokenTerms(string text)
    {
        List<string> terms = Terms(text);

        Assert.NotEmpty(terms);
        Assert.All(terms, term =>
        {
            Assert.DoesNotContain('\uFFFD', term);
            Assert.True(HasNoLoneSurrogate(term), $"lone surrogate in term '{term}'");
        });
    }

    [Theory]
    [InlineData("👍")]
    [InlineData("🚀")]
    [InlineData("𠮷")]
    public void Analyze_SymbolOrRareCharacter_BecomesOneTermOfItsOwn(string text)
    {
        List<string> terms = Terms(text);

        Assert.Single(terms);
    }

    [Fact]
    public void Analyze_DifferentEmoji_GiveDifferentTerms()
    {
        List<string> thumbsUp = Terms("👍");
        List<string> rocket = Terms("🚀");

        Assert.Empty(thumbsUp.Intersect(rocket));
    }

    [Fact]
    public void Analyze_RareCjkCharacter_KeepsSurrogatePair()
    {
        List<string> terms = Terms("𠮷");

        Assert.Equal(["𠮷"], terms);
    }

    [Theory]
    [InlineData("MFA:required", "mfa")]
    [InlineData("customer's contract", "customer")]
    [InlineData("数据安全 -测试", "测试")]
    public void Analyze_PunctuationInsideText_IsTreatedAsText(string text, string expectedTerm)
    {
        List<string> terms = Terms(text);

        Assert.Contains(expectedTerm, terms);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!?。，")]
    [InlineData("\uFFFD\uFFFD")]
    public void Analyze_NoWordCharacters_GivesNoTerms(string text)
    {
        List<string> terms = Terms(text);

        Assert.Empty(terms);
    }

    [Fact]
    public void Analyze_FullWidthPrefix_OffsetsPointIntoOriginalText()
    {
        const string text = "ＴＬＳ１．３ 👍 gateway";

        List<(string Term, int Start, int End)> tokens = Tokens(text);

        (string _, int start, int end) = Assert.Single(tokens, token => token.Term == "gateway");
        Assert.Equal("gateway", text[start..end]);
    }

    private static bool HasNoLoneSurrogate(string term)
    {
        for (int i = 0; i < term.Length; i++)
        {
            if (char.IsHighSurrogate(term[i]) && i + 1 < term.Length && char.IsLowSurrogate(term[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(term[i]))
            {
                return false;
            }
        }

        return true;
    }

    private List<string> Terms(string text) => Tokens(text).Select(token => token.Term).ToList();

    private List<(string Term, int Start, int End)> Tokens(string text)
    {
        var tokens = new List<(string, int, int)>();
        using TokenStream stream = _analyzer.GetTokenStream("text", text);
        ICharTermAttribute term = stream.AddAttribute<ICharTermAttribute>();
        IOffsetAttribute offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
