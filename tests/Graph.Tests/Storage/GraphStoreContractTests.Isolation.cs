// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using static SalesCognition.Graph.Tests.Storage.GraphTestData;

namespace SalesCognition.Graph.Tests.Storage;

public abstract partial class GraphStoreContractTests
{
    private const string Acme = "acme";
    private const string Globex = "globex";

    [Fact]
    public virtual async Task CommitSourceAsync_OtherTenant_LeavesDefaultTenantUnchanged()
    {
        var before = await SnapshotAsync();

        await Store.CommitSourceAsync(TenantCommit(Acme, GuideId));

        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(new GraphCounts(1, 2, 1, 1), await Store.CountAsync(Acme));
    }

    [Fact]
    public virtual async Task ReadMethods_OtherTenant_SeeNothingOfTheSource()
    {
        var commit = TenantCommit(Acme, GuideId);
        await Store.CommitSourceAsync(commit);
        var nodeIds = commit.Nodes.Select(n => n.Id).ToArray();

        Assert.Null(await Store.GetSourceAsync(Globex, GuideId));
        Assert.Empty(await Store.ListSourcesAsync(Globex));
        Assert.Empty(await Store.GetEntriesAsync(Globex, [commit.Entries[0].Id], includeArchived: true));
        Assert.Empty(await Store.GetSourceEntriesAsync(Globex, GuideId));
        Assert.Empty(await Store.GetNodesAsync(Globex, nodeIds));
        Assert.Empty(await Store.ListNodesAsync(Globex, "Feature"));
        Assert.Empty(await Store.GetRelationsAsync(Globex, nodeIds[0]));
        Assert.Equal(new GraphCounts(0, 0, 0, 0), await Store.CountAsync(Globex));
    }

    [Fact]
    public virtual async Task ReadMethods_OwningTenant_SeeTheSource()
    {
        var commit = TenantCommit(Acme, GuideId);

        await Store.CommitSourceAsync(commit);

        Assert.Equal(Acme, (await Store.GetSourceAsync(Acme, GuideId))?.Tenant);
        var entry = Assert.Single(await Store.GetEntriesAsync(Acme, [commit.Entries[0].Id]));
        Assert.Equal(Acme, entry.Tenant);
        Assert.All(
            await Store.GetNodesAsync(Acme, [.. commit.Nodes.Select(n => n.Id)]),
            n => Assert.Equal(Acme, n.Tenant));
        Assert.Single(await Store.GetRelationsAsync(Acme, commit.Nodes[0].Id));
    }

    [Fact]
    public virtual async Task RemoveSourceAsync_SameSourceIdInOtherTenant_KeepsOtherTenantsSource()
    {
        await Store.CommitSourceAsync(TenantCommit(Acme, GuideId));
        await Store.CommitSourceAsync(TenantCommit(Globex, GuideId));
        var acmeBefore = await SnapshotAsync(Acme);

        await Store.RemoveSourceAsync(Globex, GuideId);

        Assert.Equal(acmeBefore, await SnapshotAsync(Acme));
        Assert.Equal(new GraphCounts(0, 0, 0, 0), await Store.CountAsync(Globex));
    }

    [Fact]
    public virtual async Task GetEntriesAsync_SameEntryIdInTwoTenants_ReturnsOnlyOwnMentions()
    {
        var acme = TenantCommit(Acme, GuideId);
        var product = Node("Product", "Globex Search");
        var globex = TenantCommit(Globex, GuideId) with
        {
            Nodes = [.. TenantCommit(Globex, GuideId).Nodes, product],
            Entries = [acme.Entries[0] with { Mentions = [new EntityMention(product.Id, "Globex Search")] }],
        };
        await Store.CommitSourceAsync(acme);
        await Store.CommitSourceAsync(globex);

        var acmeEntry = Assert.Single(await Store.GetEntriesAsync(Acme, [acme.Entries[0].Id]));
        var globexEntry = Assert.Single(await Store.GetSourceEntriesAsync(Globex, GuideId));

        Assert.Equal(acme.Entries[0].Id, globexEntry.Id);
        Assert.Equal([acme.Entries[0].Mentions[0].NodeId], acmeEntry.Mentions.Select(m => m.NodeId));
        Assert.Equal([product.Id], globexEntry.Mentions.Select(m => m.NodeId));
    }

    [Fact]
    public virtual async Task MarkCommittedAsync_OtherTenant_LeavesSourcePending()
    {
        var commit = TenantCommit(Acme, GuideId);
        await Store.CommitSourceAsync(commit);

        await Store.MarkCommittedAsync(Globex, GuideId, commit.Source.ContentHash);

        Assert.Equal(SourceState.Pending, (await Store.GetSourceAsync(Acme, GuideId))?.State);
    }

    [Fact]
    public virtual async Task GetEntriesAsync_ArchivedEntry_IsLeftOutByDefault()
    {
        var commit = ArchivingCommit();
        await Store.CommitSourceAsync(commit);

        var entries = await Store.GetEntriesAsync(TenantIds.Default, [.. commit.Entries.Select(e => e.Id)]);

        Assert.Equal([commit.Entries[0].Id], entries.Select(e => e.Id));
    }

    [Fact]
    public virtual async Task GetEntriesAsync_ArchivedEntryWhenAsked_IsReturnedFlagged()
    {
        var commit = ArchivingCommit();
        await Store.CommitSourceAsync(commit);

        string[] ids = [.. commit.Entries.Select(e => e.Id)];

        var entries = await Store.GetEntriesAsync(TenantIds.Default, ids, includeArchived: true);

        Assert.Equal(
            commit.Entries.Select(Describe).Order(StringComparer.Ordinal),
            entries.Select(Describe).Order(StringComparer.Ordinal));
        Assert.True(Assert.Single(entries, e => e.Id == commit.Entries[1].Id).Archived);
    }

    [Fact]
    public virtual async Task ReopenAsync_AfterCommits_KeepsEverything()
    {
        var guide = GuideV1();
        await Store.CommitSourceAsync(guide);
        await Store.MarkCommittedAsync(TenantIds.Default, GuideId, guide.Source.ContentHash);
        await Store.CommitSourceAsync(MentioningCommit("docs/a.md", SharedFeature));
        await Store.CommitSourceAsync(TenantCommit(Acme, "docs/acme.md"));
        var before = await SnapshotAsync();
        var acmeBefore = await SnapshotAsync(Acme);

        await ReopenAsync();

        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(acmeBefore, await SnapshotAsync(Acme));
        Assert.Equal(SourceState.Committed, (await Store.GetSourceAsync(TenantIds.Default, GuideId))?.State);
    }

    [Fact]
    public virtual async Task ReopenAsync_AfterRemoval_StaysRemoved()
    {
        await Store.CommitSourceAsync(GuideV1());
        await Store.RemoveSourceAsync(TenantIds.Default, GuideId);
        var before = await SnapshotAsync();

        await ReopenAsync();

        Assert.Equal(before, await SnapshotAsync());
        Assert.Null(await Store.GetSourceAsync(TenantIds.Default, GuideId));
    }

    public static TheoryData<string> Operations =>
    [
        nameof(IGraphStore.InitializeAsync),
        nameof(IGraphStore.GetSourceAsync),
        nameof(IGraphStore.ListSourcesAsync),
        nameof(IGraphStore.CommitSourceAsync),
        nameof(IGraphStore.MarkCommittedAsync),
        nameof(IGraphStore.RemoveSourceAsync),
        nameof(IGraphStore.GetEntriesAsync),
        nameof(IGraphStore.GetSourceEntriesAsync),
        nameof(IGraphStore.GetNodesAsync),
        nameof(IGraphStore.ListNodesAsync),
        nameof(IGraphStore.GetRelationsAsync),
        nameof(IGraphStore.CountAsync),
    ];

    [Theory]
    [MemberData(nameof(Operations))]
    public virtual async Task Operation_CancelledToken_ThrowsOperationCanceled(string operation)
    {
        var guide = GuideV1();
        await Store.CommitSourceAsync(guide);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Invoke(operation, guide, cancelled.Token));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public virtual async Task Operation_CancelledToken_ChangesNothing(string operation)
    {
        var guide = GuideV1();
        await Store.CommitSourceAsync(guide);
        var before = await SnapshotAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Invoke(operation, guide, cancelled.Token));

        Assert.Equal(before, await SnapshotAsync());
    }

    /// <summary>
    /// Calls one store method with arguments that would do real work (and change the store, for writes).
    /// </summary>
    private Task Invoke(string operation, SourceCommit committed, CancellationToken token) => operation switch
    {
        nameof(IGraphStore.InitializeAsync) => Store.InitializeAsync(token),
        nameof(IGraphStore.GetSourceAsync) => Store.GetSourceAsync(TenantIds.Default, GuideId, token),
        nameof(IGraphStore.ListSourcesAsync) => Store.ListSourcesAsync(TenantIds.Default, token),
        nameof(IGraphStore.CommitSourceAsync) => Store.CommitSourceAsync(GuideV2(), token),
        nameof(IGraphStore.MarkCommittedAsync) =>
            Store.MarkCommittedAsync(TenantIds.Default, GuideId, committed.Source.ContentHash, token),
        nameof(IGraphStore.RemoveSourceAsync) => Store.RemoveSourceAsync(TenantIds.Default, GuideId, token),
        nameof(IGraphStore.GetEntriesAsync) =>
            Store.GetEntriesAsync(TenantIds.Default, [committed.Entries[0].Id], cancellationToken: token),
        nameof(IGraphStore.GetSourceEntriesAsync) => Store.GetSourceEntriesAsync(TenantIds.Default, GuideId, token),
        nameof(IGraphStore.GetNodesAsync) => Store.GetNodesAsync(TenantIds.Default, [LuminaSearch], token),
        nameof(IGraphStore.ListNodesAsync) => Store.ListNodesAsync(TenantIds.Default, "Feature", token),
        nameof(IGraphStore.GetRelationsAsync) => Store.GetRelationsAsync(TenantIds.Default, LuminaSearch, token),
        nameof(IGraphStore.CountAsync) => Store.CountAsync(TenantIds.Default, token),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "no such operation"),
    };

    /// <summary>
    /// A source of <paramref name="tenant"/>: a document and a feature of its own, a relation, an entry.
    /// </summary>
    private static SourceCommit TenantCommit(string tenant, string sourceId)
    {
        var document = Node("Document", sourceId);
        var feature = Node("Feature", "Alerting");
        return new SourceCommit
        {
            Source = Source(sourceId, "v1", tenant),
            Nodes = [document, feature],
            Relations = [Relation("describes", document.Id, feature.Id)],
            Aliases = [new NodeAlias(feature.Id, "告警")],
            Entries = [Entry(sourceId, 0, "Alerting for " + tenant, new EntityMention(feature.Id, "Alerting"))],
        };
    }

    /// <summary>A source with one live and one archived entry.</summary>
    private static SourceCommit ArchivingCommit() => new()
    {
        Source = Source("docs/archive.md", "v1"),
        Entries =
        [
            Entry("docs/archive.md", 0, "Still relevant.", new EntityMention(LuminaSearch, "Lumina Search")),
            Entry("docs/archive.md", 1, "Pruned by a knowledge manager.", new EntityMention(Mfa, "MFA")) with
            {
                Archived = true,
            },
        ],
    };
}
