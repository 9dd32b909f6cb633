// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Pipeline;

namespace SalesCognition.Ingestion.Tests.Pipeline;

public sealed class IngestionPipelineRemovalTests
{
    private const string Tenant = TenantIds.Default;

    [Fact]
    public async Task RemoveAsync_ByPath_RemovesEveryTraceAndEntitiesOnlyItMentioned()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        var keep = fixture.Folder.Write(
            "cases/keep.md",
            "---\nkind: case\ncustomer: Keeper Corp\n---\n# Keep\n\nThey run Kubernetes.\n");
        var drop = fixture.Folder.Write(
            "cases/drop.md",
            "---\nkind: case\ncustomer: Gone Corp\n---\n# Drop\n\nThey run Kubernetes too.\n");
        await fixture.Pipeline.IngestAsync([keep, drop]);

        var report = await fixture.Pipeline.RemoveAsync([drop]);

        Assert.Equal(1, report.Removed);
        var dropId = Id(drop);
        Assert.Null(await fixture.Graph.GetSourceAsync(Tenant, dropId));
        Assert.Empty(await fixture.Graph.GetSourceEntriesAsync(Tenant, dropId));
        Assert.False((await fixture.Text.CountBySourceAsync(Tenant)).ContainsKey(dropId));
        Assert.False((await fixture.Vectors.CountBySourceAsync(Tenant)).ContainsKey(dropId));
        Assert.Empty(await fixture.Graph.GetNodesAsync(
            Tenant,
            [NodeId.For("Customer", "Gone Corp"), NodeId.For("Case", dropId)]));
        Assert.Single(await fixture.Graph.GetNodesAsync(Tenant, [NodeId.For("Customer", "Keeper Corp")]));
        Assert.Single(await fixture.Graph.GetNodesAsync(Tenant, ["technology:kubernetes"]));
        await AssertStoresAgreeAsync(fixture);
    }

    [Fact]
    public async Task RemoveAsync_BySourceIdAndByFolder_RemovesTheMatchingSources()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        var a = fixture.Folder.Write("docs/a.md", "# A\n\nAlpha text.\n");
        fixture.Folder.Write("docs/sub/b.md", "# B\n\nBeta text.\n");
        fixture.Folder.Write("docs/sub/c.md", "# C\n\nGamma text.\n");
        await fixture.Pipeline.IngestAsync([fixture.Folder.Combine("docs")]);

        var byId = await fixture.Pipeline.RemoveAsync([Id(a)]);
        var byFolder = await fixture.Pipeline.RemoveAsync([fixture.Folder.Combine("docs", "sub")]);

        Assert.Equal(1, byId.Removed);
        Assert.Equal(2, byFolder.Removed);
        Assert.Empty(await fixture.Graph.ListSourcesAsync(Tenant));
        Assert.Empty(await fixture.Text.CountBySourceAsync(Tenant));
        Assert.Empty(await fixture.Vectors.CountBySourceAsync(Tenant));
    }

    [Fact]
    public async Task RemoveAsync_UnknownSource_ReportsAFailureNamingIt()
    {
        using var fixture = await PipelineFixture.CreateAsync();

        var report = await fixture.Pipeline.RemoveAsync(["/nowhere/at-all.md"]);

        var failed = Assert.Single(report.Failed);
        Assert.Contains("/nowhere/at-all.md", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PruneAsync_FileDeletedFromFolder_RemovesOnlyThatSource()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        var stays = fixture.Folder.Write("docs/stays.md", "# Stays\n\nStill here.\n");
        var goes = fixture.Folder.Write("docs/goes.md", "# Goes\n\nDeleted soon.\n");
        var elsewhere = fixture.Folder.Write("other/gone.md", "# Elsewhere\n\nNot under the pruned folder.\n");
        await fixture.Pipeline.IngestAsync([fixture.Folder.Combine("docs"), elsewhere]);
        File.Delete(goes);
        File.Delete(elsewhere);

        var report = await fixture.Pipeline.PruneAsync([fixture.Folder.Combine("docs")]);

        Assert.Equal(goes, Assert.Single(report.Sources).Source);
        var ids = (await fixture.Graph.ListSourcesAsync(Tenant)).Select(s => s.SourceId).Order().ToList();
        Assert.Equal(new[] { Id(elsewhere), Id(stays) }.Order(), ids);
        await AssertStoresAgreeAsync(fixture);
    }

    [Fact]
    public async Task IngestAsync_DeclaredSourceId_IsTheIdentityAndSurvivesARename()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        var first = fixture.Folder.Write(
            "docs/first.md",
            "---\nsource_id: kb/pricing\ntitle: Pricing\n---\n# Pricing\n\nList prices.\n");
        await fixture.Pipeline.IngestAsync([first]);
        var second = fixture.Folder.Combine("docs", "renamed.md");
        File.Move(first, second);

        var report = await fixture.Pipeline.IngestAsync([second]);
        var pruned = await fixture.Pipeline.PruneAsync([fixture.Folder.Combine("docs")]);

        Assert.Equal(1, report.Updated);
        Assert.Empty(pruned.Sources);
        var source = Assert.Single(await fixture.Graph.ListSourcesAsync(Tenant));
        Assert.Equal("kb/pricing", source.SourceId);
        Assert.Equal(second, source.Uri);
        Assert.Single(await fixture.Graph.GetSourceEntriesAsync(Tenant, "kb/pricing"));
        await AssertStoresAgreeAsync(fixture);
    }

    [Fact]
    public async Task IngestAsync_FileStartsDeclaringASourceId_DropsItsPathIdentity()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        var file = fixture.Folder.Write("docs/page.md", "# Page\n\nBody.\n");
        await fixture.Pipeline.IngestAsync([file]);
        File.WriteAllText(file, "---\nsource_id: kb/page\n---\n# Page\n\nBody.\n");

        await fixture.Pipeline.IngestAsync([file]);

        Assert.Equal("kb/page", Assert.Single(await fixture.Graph.ListSourcesAsync(Tenant)).SourceId);
        await AssertStoresAgreeAsync(fixture);
    }

    [Fact]
    public async Task RemoveAsync_WhileTheSameSourceIsBeingIngested_TheRemovalWins()
    {
        var embeddings = new GatedEmbeddingGenerator();
        using var fixture = await PipelineFixture.CreateAsync(embeddings);
        var file = fixture.Folder.Write("docs/page.md", "# Page\n\nFirst version.\n");
        await fixture.Pipeline.IngestAsync([file]);
        File.WriteAllText(file, "# Page\n\nSecond version, still being embedded.\n");
        embeddings.Hold();
        var ingest = fixture.Pipeline.IngestAsync([file]);
        await embeddings.Entered;

        var removal = await fixture.Pipeline.RemoveAsync([file]);
        embeddings.Open();
        var report = await ingest;

        Assert.Equal(1, removal.Removed);
        Assert.Equal(SourceOutcome.Removed, Assert.Single(report.Sources).Outcome);
        Assert.Empty(await fixture.Graph.ListSourcesAsync(Tenant));
        Assert.Empty(await fixture.Text.CountBySourceAsync(Tenant));
        Assert.Empty(await fixture.Vectors.CountBySourceAsync(Tenant));
    }

    [Fact]
    public async Task RemoveAsync_NewSourceStillBeingIngested_NothingIsWrittenAfterwards()
    {
        var embeddings = new GatedEmbeddingGenerator();
        using var fixture = await PipelineFixture.CreateAsync(embeddings);
        var file = fixture.Folder.Write("docs/new.md", "# New\n\nNever stored before.\n");
        embeddings.Hold();
        var ingest = fixture.Pipeline.IngestAsync([file]);
        await embeddings.Entered;

        await fixture.Pipeline.RemoveAsync([file]);
        embeddings.Open();
        var report = await ingest;

        Assert.Equal(SourceOutcome.Removed, Assert.Single(report.Sources).Outcome);
        Assert.Empty(await fixture.Graph.ListSourcesAsync(Tenant));
        Assert.Empty(await fixture.Text.CountBySourceAsync(Tenant));
    }

    internal static string Id(string path) => path.Replace('\\', '/');

    internal static async Task AssertStoresAgreeAsync(PipelineFixture fixture)
    {
        var graph = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in await fixture.Graph.ListSourcesAsync(Tenant))
        {
            Assert.Equal(SourceState.Committed, source.State);
            graph[source.SourceId] = (await fixture.Graph.GetSourceEntriesAsync(Tenant, source.SourceId)).Count;
        }

        Assert.Equal(graph, await fixture.Text.CountBySourceAsync(Tenant));
        Assert.Equal(graph, await fixture.Vectors.CountBySourceAsync(Tenant));
    }
}
