// Copyright (c) SalesCognition. All rights reserved.

using System.Text;
using SalesCognition.Ingestion.Pipeline.Internal;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Tests.Pipeline;

public sealed class SourceDecoderTests
{
    private const string Text = "---\ntitle: 等保2.0 指南\n---\n# 标题\n\n正文 text.\n";

    static SourceDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Text)).ToArray();

        Assert.Equal(Text, SourceDecoder.Decode("a.md", bytes));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_Utf16WithBom_Decodes(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Text)).ToArray();

        Assert.Equal(Text, SourceDecoder.Decode("a.md", bytes));
    }

    [Fact]
    public void Decode_Gb18030WithoutFallback_ClearErrorNamingFileOffsetAndRemedy()
    {
        var bytes = Encoding.GetEncoding("gb18030").GetBytes(Text);

        var error = Assert.Throws<SourceFormatException>(() => SourceDecoder.Decode("gb.md", bytes));

        Assert.StartsWith("gb.md: not valid UTF-8 (byte offset ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Ingestion:FallbackEncoding", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Gb18030WithFallback_Decodes()
    {
        var bytes = Encoding.GetEncoding("gb18030").GetBytes(Text);

        Assert.Equal(Text, SourceDecoder.Decode("gb.md", bytes, "gb18030"));
    }

    [Fact]
    public void Decode_NulBytesWithoutBom_IsBinary()
    {
        var error = Assert.Throws<SourceFormatException>(() => SourceDecoder.Decode("x.md", [0x41, 0x00, 0x42]));

        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }
}
