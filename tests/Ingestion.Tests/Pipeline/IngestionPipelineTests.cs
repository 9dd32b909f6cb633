// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Testing;

namespace SalesCognition.Ingestion.Tests.Pipeline;

public sealed class IngestionPipelineTests
{
    [Fact]
    public async Task IngestAsync_Samples_AddsEverySourceAndTheStoresAgree()
    {
        using var fixture = await PipelineFixture.CreateAsync();

        var report = await fixture.Pipeline.IngestAsync([RepositoryPaths.Samples]);

        Assert.Empty(report.Failed);
        Assert.Equal(
            Directory.EnumerateFiles(RepositoryPaths.Samples, "*", SearchOption.AllDirectories).Count(),
            report.Added);
        var graphCounts = (await fixture.Graph.ListSourcesAsync(TenantIds.Default)).ToDictionary(
            s => s.SourceId,
            s => fixture.Graph.GetSourceEntriesAsync(TenantIds.Default, s.SourceId).Result.Count);
        Assert.Equal(graphCounts, await fixture.Text.CountBySourceAsync(TenantIds.Default));
        Assert.Equal(graphCounts, await fixture.Vectors.CountBySourceAsync(TenantIds.Default));
        Assert.All(
            await fixture.Graph.ListSourcesAsync(TenantIds.Default),
            s => Assert.Equal(SourceState.Committed, s.State));
    }

    [Fact]
    public async Task IngestAsync_SameBytesAgain_ReportsUnchangedAndEmbedsNothing()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        await fixture.Pipeline.IngestAsync([RepositoryPaths.Samples]);
        var embedded = fixture.Embeddings.TextsEmbedded;

        var report = await fixture.Pipeline.IngestAsync([RepositoryPaths.Samples]);

        Assert.Equal(0, report.Added + report.Updated);
        Assert.Equal(report.Sources.Count, report.Unchanged);
        Assert.Equal(embedded, fixture.Embeddings.TextsEmbedded);
    }

    [Fact]
    public async Task IngestAsync_ChangedFile_ReplacesExactlyItsEntries()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        var file = fixture.Folder.Write(
            "docs/page.md",
            "# Page\n\nOld sentence about snapshots.\n\n## Extra\n\nA second section.\n");
        await fixture.Pipeline.IngestAsync([file]);
        File.WriteAllText(file, "# Page\n\nNew sentence about alerting.\n");

        var report = await fixture.Pipeline.IngestAsync([file]);

        Assert.Equal(1, report.Updated);
        var entries = await fixture.Graph.GetSourceEntriesAsync(TenantIds.Default, file.Replace('\\', '/'));
        var entry = Assert.Single(entries);
        Assert.Contains("alerting", entry.Text, StringComparison.Ordinal);
        Assert.Empty(await fixture.Text.SearchAsync(TenantIds.Default, "snapshots", 10));
        Assert.Equal(1, (await fixture.Vectors.CountBySourceAsync(TenantIds.Default))[file.Replace('\\', '/')]);
    }

    [Fact]
    public async Task IngestAsync_BadFilesInABatch_AreReportedAndTheRestIngests()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        fixture.Folder.Write("batch/good.md", "# Good\n\nFine text.\n");
        fixture.Folder.Write("batch/empty.md", "   \n");
        fixture.Folder.Write("batch/broken.json", "{ \"catalog\": { \"uuid\": ");
        File.WriteAllBytes(fixture.Folder.Combine("batch", "latin1.md"), [0x23, 0x20, 0xE9, 0xE8, 0x0A]);
        File.WriteAllBytes(fixture.Folder.Combine("batch", "binary.md"), [0x23, 0x00, 0x01, 0x02]);
        File.WriteAllText(fixture.Folder.Combine("batch", "huge.md"), "# Huge\n\n" + new string('x', 70 * 1024));

        var report = await fixture.Pipeline.IngestAsync([fixture.Folder.Combine("batch"), fixture.Folder.Combine("missing")]);

        Assert.Equal(1, report.Added);
        var errors = report.Failed.Select(f => f.Error!).ToList();
        Assert.Equal(6, errors.Count);
        Assert.Contains(
            errors,
            e => e.Contains("empty.md", StringComparison.Ordinal) && e.Contains("no content", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("broken.json", StringComparison.Ordinal));
        Assert.Contains(
            errors,
            e => e.Contains("latin1.md", StringComparison.Ordinal)
                && e.Contains("not valid UTF-8 (byte offset 2)", StringComparison.Ordinal));
        Assert.Contains(
            errors,
            e => e.Contains("binary.md", StringComparison.Ordinal) && e.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(
            errors,
            e => e.Contains("huge.md", StringComparison.Ordinal) && e.Contains("over the limit", StringComparison.Ordinal));
        Assert.Contains(
            errors,
            e => e.Contains("missing", StringComparison.Ordinal) && e.Contains("no such file or folder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IngestAsync_BadNewVersion_KeepsTheOldVersion()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        var file = fixture.Folder.Write("page.md", "# Page\n\nThe stored version.\n");
        await fixture.Pipeline.IngestAsync([file]);
        File.WriteAllText(file, "---\ntitle: [broken\n---\n# Page\n\nNew.\n");

        var report = await fixture.Pipeline.IngestAsync([file]);

        Assert.Single(report.Failed);
        var entry = Assert.Single(await fixture.Graph.GetSourceEntriesAsync(
            TenantIds.Default,
            file.Replace('\\', '/')));
        Assert.Contains("The stored version.", entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_CaseNamingAnIndustryAlias_ResolvesToTheCanonicalNode()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        var file = fixture.Folder.Write(
            "case.md",
            "---\ntitle: Bank case\nkind: case\ncustomer: ZX Bank\nindustry: 银行\n---\n# Bank case\n\nThey run " +
                "Kubernetes and Lumina Gateway.\n");

        await fixture.Pipeline.IngestAsync([file]);

        var relations = await fixture.Graph.GetRelationsAsync(
            TenantIds.Default,
            NodeId.For("Case", file.Replace('\\', '/')));
        Assert.Contains(relations, r => r.Type == "in_industry" && r.ToId == "industry:finance");
        Assert.Contains(relations, r => r.Type == "uses" && r.ToId == "technology:kubernetes");
        Assert.Contains(relations, r => r.Type == "uses" && r.ToId == "product:lumina-gateway");
    }

    [Fact]
    public async Task IngestAsync_ReferenceBeforeDefinition_TheDefinitionNamesTheNode()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        var standards = Path.Combine(RepositoryPaths.Samples, "standards");
        await fixture.Pipeline.IngestAsync([Path.Combine(standards, "lumina-gateway.component-definition.json")]);
        var before = Assert.Single(await fixture.Graph.GetNodesAsync(TenantIds.Default, ["control:ac-2"]));

        await fixture.Pipeline.IngestAsync([Path.Combine(standards, "nist-800-53-excerpt.json")]);

        var after = Assert.Single(await fixture.Graph.GetNodesAsync(TenantIds.Default, ["control:ac-2"]));
        Assert.Equal("AC-2", before.Name);
        Assert.Equal("Account Management", after.Name);
    }

    [Fact]
    public async Task IngestAsync_ProgressIsReportedForEverySource()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        var seen = new List<IngestProgress>();

        var report = await fixture.Pipeline.IngestAsync(
            [RepositoryPaths.Samples],
            progress: new InlineProgress(seen.Add));

        Assert.Equal(report.Sources.Count, seen.Count);
        Assert.Equal(Enumerable.Range(1, seen.Count), seen.Select(p => p.Done));
        Assert.All(seen, p => Assert.Equal(report.Sources.Count, p.Total));
    }

    private sealed class InlineProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
