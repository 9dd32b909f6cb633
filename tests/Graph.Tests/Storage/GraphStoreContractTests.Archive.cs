// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Graph.Tests.Storage;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public virtual async Task SetArchivedAsync_Archive_LeavesDefaultReadsButKeepsTheEntry()
    {
        var guide = GuideV1();
        await Store.CommitSourceAsync(guide);
        var target = guide.Entries[1];

        var known = await Store.SetArchivedAsync(TenantIds.Default, [target.Id], archived: true);

        Assert.Equal([target.Id], known);
        Assert.Empty(await Store.GetEntriesAsync(TenantIds.Default, [target.Id]));
        var kept = Assert.Single(await Store.GetEntriesAsync(TenantIds.Default, [target.Id], includeArchived: true));
        Assert.True(kept.Archived);
        Assert.Equal(Describe(target with { Archived = true }), Describe(kept));
    }

    [Fact]
    public virtual async Task SetArchivedAsync_Restore_BringsTheEntryBackUnchanged()
    {
        var guide = GuideV1();
        await Store.CommitSourceAsync(guide);
        var before = await SnapshotAsync();
        string[] ids = [guide.Entries[0].Id, guide.Entries[2].Id];
        await Store.SetArchivedAsync(TenantIds.Default, ids, archived: true);

        var known = await Store.SetArchivedAsync(TenantIds.Default, ids, archived: false);

        Assert.Equal(ids, known);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(3, (await Store.GetEntriesAsync(TenantIds.Default, [.. guide.Entries.Select(e => e.Id)])).Count);
    }

    [Fact]
    public virtual async Task SetArchivedAsync_UnknownIdsAndOtherTenant_AreNotReportedKnown()
    {
        var guide = GuideV1();
        await Store.CommitSourceAsync(guide);

        var unknown = await Store.SetArchivedAsync(TenantIds.Default, ["docs/none.md#0:000000000000"], archived: true);
        var otherTenant = await Store.SetArchivedAsync("acme", [guide.Entries[0].Id], archived: true);

        Assert.Empty(unknown);
        Assert.Empty(otherTenant);
        Assert.False(Assert.Single(await Store.GetEntriesAsync(TenantIds.Default, [guide.Entries[0].Id])).Archived);
    }

    [Fact]
    public virtual async Task CommitSourceAsync_NewVersionKeepingAnArchivedEntry_KeepsItArchived()
    {
        var guide = GuideV1();
        await Store.CommitSourceAsync(guide);
        var kept = guide.Entries[2];
        await Store.SetArchivedAsync(TenantIds.Default, [kept.Id], archived: true);

        await Store.CommitSourceAsync(GuideV2());

        Assert.Empty(await Store.GetEntriesAsync(TenantIds.Default, [kept.Id]));
        Assert.True(Assert.Single(await Store.GetEntriesAsync(
            TenantIds.Default,
            [kept.Id],
            includeArchived: true)).Archived);
    }

    [Fact]
    public virtual async Task SetArchivedAsync_AfterReopen_StaysArchived()
    {
        var guide = GuideV1();
        await Store.CommitSourceAsync(guide);
        await Store.SetArchivedAsync(TenantIds.Default, [guide.Entries[0].Id], archived: true);

        await ReopenAsync();

        Assert.Empty(await Store.GetEntriesAsync(TenantIds.Default, [guide.Entries[0].Id]));
    }

    [Fact]
    public virtual async Task SetArchivedAsync_CancelledToken_ChangesNothing()
    {
        var guide = GuideV1();
        await Store.CommitSourceAsync(guide);
        var before = await SnapshotAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Store.SetArchivedAsync(TenantIds.Default, [guide.Entries[0].Id], archived: true, cancelled.Token));

        Assert.Equal(before, await SnapshotAsync());
    }
}
