// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Markdown;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Tests.Markdown;

public sealed class MarkdownReaderBadInputTests
{
    private readonly MarkdownReader _reader = new();

    [Theory]
    [InlineData("**重要提示：**该型号已停产", "重要提示：该型号已停产")]
    [InlineData("该型号**（旧款）**已停产", "该型号（旧款）已停产")]
    [InlineData("注意：**重要**。", "注意：重要。")]
    [InlineData("Plain **bold** text", "Plain bold text")]
    [InlineData("5 * 3 = 15", "5 * 3 = 15")]
    public void Read_BoldNextToFullWidthPunctuation_LeavesNoLiteralAsterisks(string markdown, string expected)
    {
        var parsed = _reader.Read(new SourceInput("s", "a.md", "# T\n\n" + markdown + "\n", SourceKinds.Auto));

        Assert.Equal(expected, parsed.Sections[0].Text.Split('\n')[^1]);
    }

    [Fact]
    public void Read_LineOf64NestedListMarkers_IngestsDegradedWithAWarning()
    {
        var markers = string.Join(' ', Enumerable.Range(0, 64).Select(i => (char)('A' + (i % 26)) + "."));
        var nested = string.Concat(Enumerable.Repeat("- ", 64)) + "deep";
        var text = "# Title\n\nBefore.\n\n" + markers + " item\n\n" + nested + "\n\nAfter.\n";

        var parsed = _reader.Read(new SourceInput("s", "deep.md", text, SourceKinds.Auto));

        var all = string.Join("\n", parsed.Sections.Select(s => s.Text));
        Assert.Contains("Before.", all, StringComparison.Ordinal);
        Assert.Contains("After.", all, StringComparison.Ordinal);
        Assert.Contains("deep", all, StringComparison.Ordinal);
        Assert.Contains(parsed.Warnings, w => w.Message.Contains("plain text", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    [InlineData("---\ntitle: Only metadata\n---\n")]
    [InlineData("---\ntitle: Only metadata\n---\n   \n")]
    public void Read_NoContent_IsRejectedAsNoContent(string text)
    {
        var error = Assert.Throws<SourceFormatException>(() => _reader.Read(new SourceInput(
            "s",
            "empty.md",
            text,
            SourceKinds.Auto)));

        Assert.Contains("empty.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("no content", error.Message, StringComparison.Ordinal);
    }
}
