// Copyright (c) SalesCognition. All rights reserved.

using System.Text;
using SalesCognition.Graph.Model;

namespace SalesCognition.Ingestion.Tests.Pipeline;

public sealed class IngestionPipelineBadInputTests
{
    [Fact]
    public async Task IngestAsync_MixedBadBatch_ReportsEachWithItsFileAndKeepsWhatWasStored()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        var stored = fixture.Folder.Write("batch/stored.md", "# Stored\n\nThe stored version.\n");
        await fixture.Pipeline.IngestAsync([stored]);
        File.WriteAllBytes(stored, [0xC3, 0x28, 0x0A]);
        var bom = fixture.Folder.Combine("batch", "bom.md");
        File.WriteAllBytes(
            bom,
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("---\ntitle: With BOM\nsource_id: " +
                "kb/bom\n---\nBody.\n")]);
        var utf16 = fixture.Folder.Combine("batch", "utf16.md");
        File.WriteAllBytes(
            utf16,
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("# UTF-16\n\n中文正文。\n")]);
        fixture.Folder.Write("batch/bold.md", "# 提示\n\n**重要提示：**该型号已停产\n");
        fixture.Folder.Write("batch/deep.md", "# Deep\n\n" + string.Concat(Enumerable.Repeat("- ", 64)) + "x\n");
        fixture.Folder.Write("batch/meta-only.md", "---\ntitle: Nothing\n---\n");

        var report = await fixture.Pipeline.IngestAsync([fixture.Folder.Combine("batch")]);

        Assert.Equal(4, report.Added);
        Assert.Equal(2, report.Failed.Count);
        Assert.Contains(
            report.Failed,
            f => f.Error!.StartsWith(stored + ": not valid UTF-8 (byte offset 0)", StringComparison.Ordinal));
        Assert.Contains(
            report.Failed,
            f => f.Error!.StartsWith(fixture.Folder.Combine("batch", "meta-only.md") + ": no content", StringComparison.Ordinal));
        Assert.Contains(
            report.Sources.SelectMany(s => s.Warnings),
            w => w.Contains("deep.md", StringComparison.Ordinal));
        Assert.Contains(
            "The stored version.",
            Assert.Single(await fixture.Graph.GetSourceEntriesAsync(TenantIds.Default, stored)).Text,
            StringComparison.Ordinal);
        Assert.Equal("With BOM", (await fixture.Graph.GetSourceAsync(TenantIds.Default, "kb/bom"))!.Title);
        var bold = await fixture.Graph.GetSourceEntriesAsync(
            TenantIds.Default,
            fixture.Folder.Combine("batch", "bold.md"));
        Assert.DoesNotContain(bold, e => e.Text.Contains('*', StringComparison.Ordinal));
        Assert.Contains(
            "中文正文",
            Assert.Single(await fixture.Graph.GetSourceEntriesAsync(TenantIds.Default, utf16)).Text,
            StringComparison.Ordinal);
        await IngestionPipelineRemovalTests.AssertStoresAgreeAsync(fixture);
    }
}
