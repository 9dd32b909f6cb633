// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;

namespace SalesCognition.Graph.Tests.Storage;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public virtual async Task InitializeAsync_FreshStore_HoldsOnlySeedEntities()
    {
        var counts = await Store.CountAsync(TenantIds.Default);

        Assert.Equal(new GraphCounts(0, Ontology.Entities.Count, 0, 0), counts);
        Assert.Empty(await Store.ListSourcesAsync(TenantIds.Default));
    }

    [Fact]
    public virtual async Task InitializeAsync_FreshStore_ListsEverySeedWithItsNameAndAliases()
    {
        foreach (var seed in Ontology.Entities)
        {
            var nodes = await Store.ListNodesAsync(TenantIds.Default, seed.Type);

            var (node, aliases) = Assert.Single(nodes, n => n.Node.Id == NodeId.For(seed.Type, seed.Key));
            Assert.Equal(seed.Type, node.Type);
            Assert.Equal(NodeId.NormalizeKey(seed.Key), node.Key);
            Assert.Equal(seed.Name, node.Name);
            Assert.Equal(seed.Aliases.Order(StringComparer.Ordinal), aliases.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public virtual async Task InitializeAsync_FreshStore_ReturnsSeedsByType()
    {
        var features = await Store.ListNodesAsync(TenantIds.Default, "Feature");
        var customers = await Store.ListNodesAsync(TenantIds.Default, "Customer");

        Assert.Equal([GraphTestData.Mfa], features.Select(n => n.Node.Id));
        Assert.Empty(customers);
    }

    [Fact]
    public virtual async Task InitializeAsync_CalledAgain_KeepsSeedsAndSourcesOnce()
    {
        await Store.CommitSourceAsync(GuideV1());
        var before = await SnapshotAsync();

        await Store.InitializeAsync();

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public virtual void InitializeAsync_FreshStore_LogsGraphStoreOpened()
    {
        var records = Logs.GetSnapshot();

        Assert.Contains(records, r => r.Id.Name == "GraphStoreOpened");
    }

    [Fact]
    public virtual async Task CommitSourceAsync_ValidCommit_LogsSourceCommittedWithSourceId()
    {
        Logs.Clear();

        await Store.CommitSourceAsync(GuideV1());

        var record = Assert.Single(Logs.GetSnapshot(), r => r.Id.Name == "SourceCommitted");
        Assert.Contains(record.StructuredState!, kv => kv.Key == "SourceId" && kv.Value == GuideId);
    }

    [Fact]
    public virtual async Task CommitSourceAsync_SchemaViolation_DoesNotLogSourceCommitted()
    {
        Logs.Clear();
        var reversed = GraphTestData.Relation("has_feature", GraphTestData.Mfa, GraphTestData.LuminaSearch);
        var commit = GuideV1() with { Relations = [reversed] };

        await Assert.ThrowsAsync<GraphSchemaException>(() => Store.CommitSourceAsync(commit));

        Assert.DoesNotContain(Logs.GetSnapshot(), r => r.Id.Name == "SourceCommitted");
    }
}
