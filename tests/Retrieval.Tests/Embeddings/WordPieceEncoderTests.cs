// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Embeddings.Internal;

namespace SalesCognition.Retrieval.Tests.Embeddings;

public sealed class WordPieceEncoderTests
{
    // Ids from the bert-base-uncased vocabulary that all-MiniLM-L6-v2 uses: [CLS]=101, [SEP]=102, [UNK]=100.
    [Theory]
    [InlineData("hello world", new[] { 101, 7592, 2088, 102 })]
    [InlineData("Hello, WORLD!", new[] { 101, 7592, 1010, 2088, 999, 102 })]
    [InlineData("Ünïcödé résumé", new[] { 101, 27260, 13746, 102 })]
    [InlineData("don't", new[] { 101, 2123, 1005, 1056, 102 })]
    [InlineData("", new[] { 101, 102 })]
    public void Encode_KnownText_MatchesReferenceIds(string text, int[] expected)
    {
        EncodedText encoded = WordPieceEncoder.Shared.Encode(text, maxTokens: 256);

        Assert.Equal(expected, encoded.Ids);
        Assert.False(encoded.Truncated);
    }

    [Fact]
    public void Encode_SymbolsInVocabulary_AreKeptNotDropped()
    {
        EncodedText encoded = WordPieceEncoder.Shared.Encode("€ ©", maxTokens: 256);

        Assert.Equal([101, 1574, 1075, 102], encoded.Ids);
    }

    [Fact]
    public void Encode_EmojiBetweenWords_BecomesUnknownToken()
    {
        EncodedText encoded = WordPieceEncoder.Shared.Encode("a 😀 b", maxTokens: 256);

        Assert.Equal([101, 1037, 100, 1038, 102], encoded.Ids);
    }

    [Fact]
    public void Encode_UnspacedChinese_SplitsEveryIdeograph()
    {
        EncodedText encoded = WordPieceEncoder.Shared.Encode("中国的", maxTokens: 256);

        Assert.Equal([101, 1746, 1799, 1916, 102], encoded.Ids);
    }

    [Fact]
    public void Encode_SpecialTokenTextInInput_IsOrdinaryText()
    {
        EncodedText encoded = WordPieceEncoder.Shared.Encode("[SEP]", maxTokens: 256);

        Assert.DoesNotContain(102, encoded.Ids[1..^1]);
    }

    [Fact]
    public void Encode_LongText_KeepsSpecialTokensWithinLimit()
    {
        string text = string.Concat(Enumerable.Repeat("hello world ", 300));

        EncodedText encoded = WordPieceEncoder.Shared.Encode(text, maxTokens: 16);

        Assert.Equal(16, encoded.Ids.Length);
        Assert.Equal(101, encoded.Ids[0]);
        Assert.Equal(102, encoded.Ids[^1]);
        Assert.True(encoded.Truncated);
    }

    [Theory]
    [InlineData("x\u200By", "xy")]
    [InlineData("a\tb\nc", "a b c")]
    [InlineData("x\uFFFDy\u0007", "xy")]
    [InlineData("plain text", "plain text")]
    public void Clean_ControlAndFormatCharacters_AreRemoved(string text, string expected)
    {
        string clean = WordPieceEncoder.Clean(text);

        Assert.Equal(expected, clean);
    }
}
