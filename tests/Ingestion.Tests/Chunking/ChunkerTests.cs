// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Chunking;

namespace SalesCognition.Ingestion.Tests.Chunking;

public sealed class ChunkerTests
{
    [Fact]
    public void Split_ShortText_IsOneChunk()
    {
        var chunks = Chunker.Split("one\ntwo", 100);

        Assert.Equal(["one\ntwo"], chunks);
    }

    [Fact]
    public void Split_LongText_GivesChunksWithinTheBoundAndLosesNoWord()
    {
        var words = Enumerable.Range(0, 400).Select(i => $"word{i}").ToList();
        var text = string.Join(' ', words.Take(200)) + "\n" + string.Join(' ', words.Skip(200));

        var chunks = Chunker.Split(text, 300);

        Assert.All(chunks, c => Assert.InRange(c.Length, 1, 300));
        Assert.Equal(words, chunks.SelectMany(c => c.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Split_UnspacedChinese_CutsAtSentenceEnds()
    {
        var sentence = "澜图安全网关支持多因素认证和审计日志。";
        var text = string.Concat(Enumerable.Repeat(sentence, 30));

        var chunks = Chunker.Split(text, 200);

        Assert.All(chunks, c => Assert.EndsWith("。", c, StringComparison.Ordinal));
        Assert.Equal(text, string.Concat(chunks));
    }

    [Fact]
    public void Split_SurrogatePairsAtTheBound_AreNeverCut()
    {
        var text = string.Concat(Enumerable.Repeat("𠮷", 300));

        var chunks = Chunker.Split(text, 101);

        Assert.All(chunks, c => Assert.False(char.IsHighSurrogate(c[^1]) || char.IsLowSurrogate(c[0])));
        Assert.Equal(text, string.Concat(chunks));
    }
}
