// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using static SalesCognition.Graph.Tests.Storage.GraphTestData;

namespace SalesCognition.Graph.Tests.Storage;

public abstract partial class GraphStoreContractTests
{
    private static string SharedFeature { get; } = NodeId.For("Feature", "Audit logs");

    [Fact]
    public virtual async Task CommitSourceAsync_TwoSourcesNameSameNode_StoresOneNode()
    {
        await Store.CommitSourceAsync(MentioningCommit("docs/a.md", SharedFeature));

        await Store.CommitSourceAsync(MentioningCommit("docs/b.md", SharedFeature));

        var features = await Store.ListNodesAsync(TenantIds.Default, "Feature");
        Assert.Single(features, n => n.Node.Id == SharedFeature);
        Assert.Equal(Ontology.Entities.Count + 3, (await Store.CountAsync(TenantIds.Default)).Nodes);
    }

    [Fact]
    public virtual async Task CommitSourceAsync_SourceNamesNodeTwice_StoresItOnce()
    {
        var commit = MentioningCommit("docs/a.md", SharedFeature);
        var twice = commit with { Nodes = [.. commit.Nodes, Node("Feature", "Audit logs")] };

        await Store.CommitSourceAsync(twice);

        Assert.Single(await Store.GetNodesAsync(TenantIds.Default, [SharedFeature]));
        Assert.Equal(Ontology.Entities.Count + 2, (await Store.CountAsync(TenantIds.Default)).Nodes);
    }

    [Fact]
    public virtual async Task RemoveSourceAsync_OneOfTwoSourcesNamingNode_KeepsNode()
    {
        await Store.CommitSourceAsync(MentioningCommit("docs/a.md", SharedFeature));
        await Store.CommitSourceAsync(MentioningCommit("docs/b.md", SharedFeature));

        var removed = await Store.RemoveSourceAsync(TenantIds.Default, "docs/a.md");

        Assert.True(removed);
        Assert.Single(await Store.GetNodesAsync(TenantIds.Default, [SharedFeature]));
        Assert.Empty(await Store.GetNodesAsync(TenantIds.Default, [NodeId.For("Document", "docs/a.md")]));
        var relation = Assert.Single(await Store.GetRelationsAsync(TenantIds.Default, SharedFeature));
        Assert.Equal("docs/b.md", relation.SourceId);
    }

    [Fact]
    public virtual async Task RemoveSourceAsync_BothSourcesNamingNode_DeletesNode()
    {
        await Store.CommitSourceAsync(MentioningCommit("docs/a.md", SharedFeature));
        await Store.CommitSourceAsync(MentioningCommit("docs/b.md", SharedFeature));

        await Store.RemoveSourceAsync(TenantIds.Default, "docs/a.md");
        await Store.RemoveSourceAsync(TenantIds.Default, "docs/b.md");

        Assert.Empty(await Store.GetNodesAsync(TenantIds.Default, [SharedFeature]));
        Assert.Equal(new GraphCounts(0, Ontology.Entities.Count, 0, 0), await Store.CountAsync(TenantIds.Default));
    }

    [Fact]
    public virtual async Task RemoveSourceAsync_OnlySourceNamingSeed_KeepsSeedAndItsAliases()
    {
        var before = await SnapshotAsync();
        var commit = MentioningCommit("docs/a.md", Mfa) with { Aliases = [new NodeAlias(Mfa, "二次验证")] };
        await Store.CommitSourceAsync(commit);

        await Store.RemoveSourceAsync(TenantIds.Default, "docs/a.md");

        Assert.Equal(before, await SnapshotAsync());
        Assert.Single(await Store.GetNodesAsync(TenantIds.Default, [Mfa]));
    }

    [Fact]
    public virtual async Task RemoveSourceAsync_CommittedSource_RemovesEverythingItContributed()
    {
        var before = await SnapshotAsync();
        await Store.CommitSourceAsync(GuideV1());

        var removed = await Store.RemoveSourceAsync(TenantIds.Default, GuideId);

        Assert.True(removed);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Null(await Store.GetSourceAsync(TenantIds.Default, GuideId));
    }

    [Fact]
    public virtual async Task RemoveSourceAsync_UnknownSource_ReturnsFalseAndChangesNothing()
    {
        await Store.CommitSourceAsync(GuideV1());
        var before = await SnapshotAsync();

        var removed = await Store.RemoveSourceAsync(TenantIds.Default, "docs/never-seen.md");

        Assert.False(removed);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public virtual async Task RemoveSourceAsync_NodeAnotherSourceRelatesTo_DropsThatRelationWithTheNode()
    {
        var customer = Node("Customer", "Contoso Bank");
        var defining = new SourceCommit
        {
            Source = Source("crm/contoso.json", "v1"),
            Nodes = [customer],
            Entries = [Entry("crm/contoso.json", 0, "Contoso Bank", new EntityMention(customer.Id, "Contoso Bank"))],
        };
        await Store.CommitSourceAsync(defining);
        var relating = new SourceCommit
        {
            Source = Source("cases/contoso.md", "v1"),
            Relations = [Relation("uses", customer.Id, LuminaSearch)],
        };
        await Store.CommitSourceAsync(relating);

        await Store.RemoveSourceAsync(TenantIds.Default, "crm/contoso.json");

        Assert.Empty(await Store.GetNodesAsync(TenantIds.Default, [customer.Id]));
        Assert.Empty(await Store.GetRelationsAsync(TenantIds.Default, LuminaSearch));
        Assert.NotNull(await Store.GetSourceAsync(TenantIds.Default, "cases/contoso.md"));
    }

    [Fact]
    public virtual async Task CommitSourceAsync_ConcurrentSourcesNamingSameNodes_NodeKeepsBothSources()
    {
        const int Rounds = 8;
        var shared = Enumerable.Range(0, Rounds).Select(i => NodeId.For("Feature", $"Shared feature {i}")).ToArray();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = new[] { "docs/left.md", "docs/right.md" }.Select(sourceId => Task.Run(async () =>
        {
            await start.Task;
            for (var round = 0; round < Rounds; round++)
            {
                await Store.CommitSourceAsync(MentioningCommit($"{sourceId}/{round}", shared[round]));
            }
        })).ToArray();

        start.SetResult();
        await Task.WhenAll(writers);

        for (var round = 0; round < Rounds; round++)
        {
            Assert.Single(await Store.GetNodesAsync(TenantIds.Default, [shared[round]]));
            var sources = (await Store.GetRelationsAsync(TenantIds.Default, shared[round])).Select(r => r.SourceId);
            Assert.Equal([$"docs/left.md/{round}", $"docs/right.md/{round}"], sources.Order(StringComparer.Ordinal));
            await Store.RemoveSourceAsync(TenantIds.Default, $"docs/left.md/{round}");
            Assert.Single(await Store.GetNodesAsync(TenantIds.Default, [shared[round]]));
            await Store.RemoveSourceAsync(TenantIds.Default, $"docs/right.md/{round}");
            Assert.Empty(await Store.GetNodesAsync(TenantIds.Default, [shared[round]]));
        }
    }

    /// <summary>
    /// A source whose document describes the Feature <paramref name="nodeId"/>, names it, mentions it.
    /// </summary>
    private static SourceCommit MentioningCommit(string sourceId, string nodeId)
    {
        var document = Node("Document", sourceId);
        var key = nodeId[(nodeId.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return new SourceCommit
        {
            Source = Source(sourceId, "v1"),
            Nodes = [document, Node("Feature", key)],
            Relations = [Relation("describes", document.Id, nodeId)],
            Entries = [Entry(sourceId, 0, $"{sourceId} is about {key}.", new EntityMention(nodeId, key))],
        };
    }
}
