// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Testing;

namespace SalesCognition.Ingestion.Tests.Pipeline;

public sealed class IngestionPipelineRealDataTests
{
    private const string Tenant = TenantIds.Default;

    [RequiresDataFact("product-docs-opensearch/docs")]
    public async Task IngestAsync_ProductDocsChangedAndDeleted_EveryStoreMatchesTheSources()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        var docs = fixture.Folder.Combine("docs");
        CopyFolder(RepositoryPaths.Data("product-docs-opensearch", "docs"), docs);
        var first = await fixture.Pipeline.IngestAsync([docs]);
        var stored = first.Sources
            .Where(s => s.Outcome == SourceOutcome.Added)
            .Select(s => s.Source)
            .Order(StringComparer.Ordinal)
            .ToList();
        var changed = stored[stored.Count / 3];
        var deleted = stored[2 * stored.Count / 3];
        File.AppendAllText(
            changed,
            "\n\n## Added by the test\n\nA paragraph about cross-cluster replication lag budgets.\n");
        File.Delete(deleted);

        var second = await fixture.Pipeline.IngestAsync([docs]);
        var pruned = await fixture.Pipeline.PruneAsync([docs]);
        var third = await fixture.Pipeline.IngestAsync([docs]);

        Assert.Equal(changed, Assert.Single(second.Sources, s => s.Outcome == SourceOutcome.Updated).Source);
        Assert.Equal(deleted, Assert.Single(pruned.Sources).Source);
        Assert.Equal(third.Sources.Count, third.Unchanged + third.Failed.Count);
        var sources = (await fixture.Graph.ListSourcesAsync(Tenant)).Select(s => s.Uri).Order(StringComparer.Ordinal);
        Assert.Equal(stored.Where(s => s != deleted), sources);
        await IngestionPipelineRemovalTests.AssertStoresAgreeAsync(fixture);
        Assert.Contains(
            await fixture.Graph.GetSourceEntriesAsync(Tenant, changed),
            e => e.Text.Contains("replication lag budgets", StringComparison.Ordinal));
        var hits = await fixture.Text.SearchAsync(Tenant, "replication lag budgets", 5);
        var top = Assert.Single(await fixture.Graph.GetEntriesAsync(Tenant, [hits[0].EntryId]));
        Assert.Equal(changed, top.SourceId);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
