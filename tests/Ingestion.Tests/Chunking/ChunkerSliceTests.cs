// Copyright (c) SalesCognition. All rights reserved.

using CsCheck;
using SalesCognition.Ingestion.Chunking;

namespace SalesCognition.Ingestion.Tests.Chunking;

public sealed class ChunkerSliceTests
{
    // Fragments that exercise every cut rule: spaces, line breaks, sentence ends, unspaced Chinese, surrogate pairs.
    private static readonly string[] s_fragments =
        ["a", "word ", " ", "\n", "。", "数", "据", "安全", "𠮷", "👍", "🏽", ".", "x1", "？", "\r\n"];

    private static readonly Gen<string> s_text = Gen.Int[0, s_fragments.Length - 1]
        .Select(i => s_fragments[i])
        .Array[0, 300]
        .Select(string.Concat);

    private static readonly Gen<(string Text, int Max)> s_cases = Gen.Select(s_text, Gen.Int[16, 90]);

    [Fact]
    public void Slices_AnyText_ReassembleTheTextExactly()
    {
        s_cases.Sample(c =>
        {
            var slices = Chunker.Slices(c.Text, c.Max);

            Assert.Equal(c.Text, string.Concat(slices.Select(s => c.Text.Substring(s.Start, s.Length))));
        });
    }

    [Fact]
    public void Slices_AnyText_AreContiguousNonEmptyAndBounded()
    {
        s_cases.Sample(c =>
        {
            var slices = Chunker.Slices(c.Text, c.Max);

            var expectedStart = 0;
            foreach (var slice in slices)
            {
                Assert.Equal(expectedStart, slice.Start);
                Assert.InRange(slice.Length, 1, c.Max);
                expectedStart = slice.End;
            }

            Assert.Equal(c.Text.Length, expectedStart);
        });
    }

    [Fact]
    public void Slices_AnyText_NeverCutASurrogatePair()
    {
        s_cases.Sample(c =>
        {
            var slices = Chunker.Slices(c.Text, c.Max);

            foreach (var slice in slices.Where(s => s.Start > 0))
            {
                Assert.False(
                    char.IsHighSurrogate(c.Text[slice.Start - 1]) && char.IsLowSurrogate(c.Text[slice.Start]),
                    $"a cut at {slice.Start} splits a surrogate pair");
            }
        });
    }

    [Fact]
    public void Slices_UnspacedChinese_CutAfterSentenceEnds()
    {
        var text = string.Concat(Enumerable.Repeat("澜图安全网关支持多因素认证和审计日志。", 30));

        var slices = Chunker.Slices(text, 200);

        Assert.All(slices, s => Assert.Equal('。', text[s.End - 1]));
        Assert.True(slices.Count > 1);
    }

    [Fact]
    public void Slices_EmptyText_GivesNoSlice()
    {
        var slices = Chunker.Slices("", 100);

        Assert.Empty(slices);
    }
}
