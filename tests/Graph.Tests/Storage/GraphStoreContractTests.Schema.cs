// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using static SalesCognition.Graph.Tests.Storage.GraphTestData;

namespace SalesCognition.Graph.Tests.Storage;

public abstract partial class GraphStoreContractTests
{
    private const string BadSourceId = "docs/bad.md";

    public static TheoryData<string> SchemaViolations =>
    [
        "relation between types the ontology forbids",
        "relation in the wrong direction",
        "relation to a node of the source with a forbidden type",
        "node of unknown type",
        "relation of unknown type",
        "node id not matching type and key",
        "node id of another type",
        "relation to a node that does not exist",
    ];

    [Theory]
    [MemberData(nameof(SchemaViolations))]
    public virtual async Task CommitSourceAsync_SchemaViolation_ThrowsGraphSchemaException(string violation)
    {
        var commit = BadCommit(violation);

        var error = await Assert.ThrowsAsync<GraphSchemaException>(() => Store.CommitSourceAsync(commit));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [MemberData(nameof(SchemaViolations))]
    public virtual async Task CommitSourceAsync_SchemaViolation_LeavesStoreUnchanged(string violation)
    {
        await Store.CommitSourceAsync(GuideV1());
        var before = await SnapshotAsync();
        var countsBefore = await Store.CountAsync(TenantIds.Default);

        await Assert.ThrowsAsync<GraphSchemaException>(() => Store.CommitSourceAsync(BadCommit(violation)));

        Assert.Equal(countsBefore, await Store.CountAsync(TenantIds.Default));
        Assert.Equal(before, await SnapshotAsync());
        Assert.Null(await Store.GetSourceAsync(TenantIds.Default, BadSourceId));
    }

    [Theory]
    [MemberData(nameof(SchemaViolations))]
    public virtual async Task CommitSourceAsync_SchemaViolationInNewVersion_KeepsPreviousVersion(string violation)
    {
        var first = GuideV1();
        await Store.CommitSourceAsync(first);
        await Store.MarkCommittedAsync(TenantIds.Default, GuideId, first.Source.ContentHash);
        var before = await SnapshotAsync();
        var bad = BadCommit(violation);
        var badVersion = bad with
        {
            Source = Source(GuideId, "v3"),
            Entries = [.. bad.Entries.Select(e => e with { SourceId = GuideId })],
        };

        await Assert.ThrowsAsync<GraphSchemaException>(() => Store.CommitSourceAsync(badVersion));

        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(SourceState.Committed, (await Store.GetSourceAsync(TenantIds.Default, GuideId))?.State);
    }

    /// <summary>
    /// A commit that writes valid nodes, aliases and entries and then breaks the ontology once, so that a store
    /// that writes before it validates would leave something behind.
    /// </summary>
    private static SourceCommit BadCommit(string violation)
    {
        var document = Node("Document", BadSourceId);
        var customer = Node("Customer", "Contoso Bank");
        var valid = new SourceCommit
        {
            Source = Source(BadSourceId, "v1"),
            Nodes = [document, customer],
            Relations = [Relation("describes", document.Id, LuminaSearch), Relation("uses", customer.Id, Mfa)],
            Aliases = [new NodeAlias(customer.Id, "康拓银行"), new NodeAlias(Mfa, "二次验证")],
            Entries = [Entry(
                BadSourceId,
                0,
                "Contoso Bank uses MFA.",
                new(customer.Id, "Contoso Bank"),
                new(Mfa, "MFA"))],
        };

        return violation switch
        {
            "relation between types the ontology forbids" =>
                valid with { Relations = [.. valid.Relations, Relation("contains", LuminaSearch, Mfa)] },
            "relation in the wrong direction" =>
                valid with { Relations = [.. valid.Relations, Relation("has_feature", Mfa, LuminaSearch)] },
            "relation to a node of the source with a forbidden type" =>
                valid with { Relations = [.. valid.Relations, Relation("describes", document.Id, customer.Id)] },
            "node of unknown type" =>
                valid with { Nodes = [.. valid.Nodes, Node("Widget", "Gizmo")] },
            "relation of unknown type" =>
                valid with { Relations = [.. valid.Relations, Relation("sells", customer.Id, LuminaSearch)] },
            "node id not matching type and key" =>
                valid with { Nodes = [.. valid.Nodes, Node("Feature", "Alerting") with { Id = "feature:alerts" }] },
            "node id of another type" =>
                valid with { Nodes = [.. valid.Nodes, Node("Feature", "Alerting") with { Id = "product:alerting" }] },
            "relation to a node that does not exist" =>
                valid with { Relations = [.. valid.Relations, Relation("has_feature", LuminaSearch, "feature:teleport")] },
            _ => throw new ArgumentOutOfRangeException(nameof(violation), violation, "no such case"),
        };
    }
}
