// Copyright (c) SalesCognition. All rights reserved.

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SalesCognition.Retrieval.Text;
using SalesCognition.Retrieval.Text.Internal;

namespace SalesCognition.Retrieval.Tests.Text;

public sealed class DictionaryAnalysisTests : IDisposable
{
    private readonly MixedLanguageAnalyzer _analyzer = new(TextAnalysis.Dictionary);

    public DictionaryAnalysisTests()
    {
        // The dictionary is process-wide; these are seed-like terms of the ontology.
        LuceneTextIndex.AddDomainTerms(["等保2.0", "合规", "零信任网关", "mlps-2.0"]);
    }

    public void Dispose() => _analyzer.Dispose();

    [Theory]
    [InlineData("等保2.0三级怎么满足", "等保2.0")]
    [InlineData("金融客户的合规要求", "合规")]
    [InlineData("部署零信任网关", "零信任网关")]
    public void Analyze_DomainTerm_IsOneTerm(string text, string expected)
    {
        List<string> terms = Terms(text);

        Assert.Contains(expected, terms);
    }

    [Fact]
    public void Analyze_ChineseSentence_CutsIntoWords()
    {
        List<string> terms = Terms("数据安全");

        Assert.Contains("数据", terms);
        Assert.Contains("安全", terms);
        Assert.DoesNotContain("据安", terms);
    }

    [Theory]
    [InlineData("网关支持TLS1.3协议", "tls1.3")]
    [InlineData("K8s集群部署指南", "k8s")]
    [InlineData("采用SM4算法加密", "sm4")]
    [InlineData("iPhone15Pro的评测", "iphone15pro")]
    public void Analyze_LatinDigitRun_StaysOneTerm(string text, string expected)
    {
        List<string> terms = Terms(text);

        Assert.Contains(expected, terms);
    }

    [Fact]
    public void Analyze_MixedDomainTermGluedToDigits_IsNotMatched()
    {
        List<string> terms = Terms("等保2.01版");

        Assert.DoesNotContain("等保2.0", terms);
    }

    [Theory]
    [InlineData("👍")]
    [InlineData("🚀")]
    [InlineData("𠮷")]
    [InlineData("𠮷野家的👍🏽评价")]
    [InlineData("broken \uD800 high 数据")]
    [InlineData("replacement 数\uFFFD据")]
    public void Analyze_EmojiAndRareCharacters_NoBrokenTerms(string text)
    {
        List<string> terms = Terms(text);

        Assert.NotEmpty(terms);
        Assert.All(terms, term =>
        {
            Assert.DoesNotContain('\uFFFD', term);
            Assert.True(HasNoLoneSurrogate(term), $"lone surrogate in term '{term}'");
        });
    }

    [Fact]
    public void Analyze_RareCharacterInChineseRun_KeepsSurrogatePairWhole()
    {
        List<string> terms = Terms("𠮷野家案例");

        Assert.Contains("𠮷", terms);
        Assert.Contains("案例", terms);
    }

    [Theory]
    [InlineData("怎么配置？", "怎么配置?")]
    [InlineData("ＴＬＳ１．３协议", "TLS1.3协议")]
    [InlineData("等保２．０：三级", "等保2.0:三级")]
    public void Analyze_CompatibilityForm_GivesSameTermsAsPlainForm(string compatibility, string plain)
    {
        List<string> fromCompatibility = Terms(compatibility);
        List<string> fromPlain = Terms(plain);

        Assert.NotEmpty(fromPlain);
        Assert.Equal(fromPlain, fromCompatibility);
    }

    [Fact]
    public void Analyze_WordAfterFullWidthText_OffsetsPointIntoOriginalText()
    {
        const string text = "ＴＬＳ１．３ 数据安全 gateway";

        List<(string Term, int Start, int End)> tokens = Tokens(text);

        Assert.Equal("数据", text[tokens.Single(t => t.Term == "数据").Start..tokens.Single(t => t.Term == "数据").End]);
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

    private List<string> Terms(string text) => [.. Tokens(text).Select(token => token.Term)];

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
