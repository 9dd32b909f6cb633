// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Ingestion.Tests.Pipeline;

public sealed class IngestionPipelineResolutionTests
{
    private const string Tenant = TenantIds.Default;

    [Fact]
    public async Task IngestAsync_CustomerNamesDifferingInCaseWidthAndSpace_ResolveToOneNodeWithThreeLinks()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        string[] names = ["ZXJT", "zxjt ", "ＺＸＪＴ"];
        var files = names.Select((name, i) => fixture.Folder.Write(
            $"cases/c{i}.md",
            $"---\nkind: case\ncustomer: \"{name}\"\n---\n# Case {i}\n\nA deal.\n")).ToList();

        await fixture.Pipeline.IngestAsync([fixture.Folder.Combine("cases")]);

        var customers = await fixture.Graph.ListNodesAsync(Tenant, "Customer");
        var customer = Assert.Single(customers).Node;
        Assert.Equal("customer:zxjt", customer.Id);
        var links = (await fixture.Graph.GetRelationsAsync(
            Tenant,
            customer.Id)).Where(r => r.Type == "for_customer").ToList();
        Assert.Equal(files.Select(f => NodeId.For("Case", f)).Order(), links.Select(r => r.FromId).Order());
    }

    [Fact]
    public async Task IngestAsync_BilingualAliases_LinkToTheSameFeature()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        var zh = fixture.Folder.Write("docs/zh.md", "# 权限\n\n系统管理员可以创建账号。\n");
        var en = fixture.Folder.Write("docs/en.md", "# Roles\n\nThe System Administrator creates accounts.\n");

        await fixture.Pipeline.IngestAsync([zh, en]);

        var zhMentions = (await fixture.Graph.GetSourceEntriesAsync(
            Tenant,
            zh)).SelectMany(e => e.Mentions).Select(m => m.NodeId);
        var enMentions = (await fixture.Graph.GetSourceEntriesAsync(
            Tenant,
            en)).SelectMany(e => e.Mentions).Select(m => m.NodeId);
        var shared = zhMentions.Intersect(enMentions).Where(id => id.StartsWith("feature:", StringComparison.Ordinal));
        Assert.Equal(["feature:system-administrator-role"], shared);
    }

    [Fact]
    public async Task IngestAsync_DifferentNames_AreNeverMerged()
    {
        using var fixture = await PipelineFixture.CreateAsync();
        fixture.Folder.Write("cases/a.md", "---\nkind: case\ncustomer: Harbor Bank\n---\n# A\n\nA deal.\n");
        fixture.Folder.Write("cases/b.md", "---\nkind: case\ncustomer: Harbour Bank\n---\n# B\n\nA deal.\n");

        await fixture.Pipeline.IngestAsync([fixture.Folder.Combine("cases")]);

        Assert.Equal(2, (await fixture.Graph.ListNodesAsync(Tenant, "Customer")).Count);
    }

    [Fact]
    public async Task IngestAsync_TwoConcurrentIngestsOfTheSameEntity_EndWithOneNodeHavingBothSourcesAndRelations()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var fixture = await PipelineFixture.CreateAsync();
            var a = fixture.Folder.Write(
                "a/case.md",
                "---\nkind: case\ncustomer: Shared Corp\nindustry: finance\n---\n# A\n\nThey run Kubernetes.\n");
            var b = fixture.Folder.Write(
                "b/case.md",
                "---\nkind: case\ncustomer: SHARED corp\nregion: Shanghai\n---\n# B\n\nThey run Lumina Gateway.\n");

            await Task.WhenAll(
                Task.Run(() => fixture.Pipeline.IngestAsync([a])),
                Task.Run(() => fixture.Pipeline.IngestAsync([b])));

            var customer = Assert.Single(await fixture.Graph.ListNodesAsync(Tenant, "Customer")).Node;
            var relations = await fixture.Graph.GetRelationsAsync(Tenant, customer.Id);
            Assert.Contains(relations, r => r.Type == "for_customer" && r.FromId == NodeId.For("Case", a));
            Assert.Contains(relations, r => r.Type == "for_customer" && r.FromId == NodeId.For("Case", b));
            Assert.Contains(relations, r => r.Type == "in_industry" && r.ToId == "industry:finance");
            await IngestionPipelineRemovalTests.AssertStoresAgreeAsync(fixture);
        }
    }
}
