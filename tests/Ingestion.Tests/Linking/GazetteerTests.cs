// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging.Abstractions;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;
using SalesCognition.Graph.Storage.Sqlite;
using SalesCognition.Ingestion.Linking;
using SalesCognition.Testing;

namespace SalesCognition.Ingestion.Tests.Linking;

public sealed class GazetteerTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _folder = new();
    private SqliteGraphStore? _graph;
    private Gazetteer? _gazetteer;

    public async Task InitializeAsync()
    {
        _graph = new SqliteGraphStore(
            _folder.Combine("graph.db"),
            OntologyLoader.Load(RepositoryPaths.Ontologies),
            TimeProvider.System,
            NullLogger<SqliteGraphStore>.Instance);
        await _graph.InitializeAsync();
        _gazetteer = await Gazetteer.LoadAsync(_graph, TenantIds.Default, CancellationToken.None);
        _gazetteer.AddControls(
        [
            new GraphNode("control:ac-2", "Control", "ac-2", "Account Management", new Dictionary<string, string>()),
            new GraphNode("control:ac-2.1", "Control", "ac-2.1", "Automated System Account Management", new Dictionary<string, string>()),
        ]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _graph?.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("Turn on MFA for admins", "feature:multi-factor-authentication")]
    [InlineData("turn on ｍｆａ for admins", "feature:multi-factor-authentication")]
    [InlineData("支持多因素认证", "feature:multi-factor-authentication")]
    [InlineData("满足等保2.0三级", "standard:mlps-2.0")]
    [InlineData("deploy on k8s", "technology:kubernetes")]
    [InlineData("系统管理员 can reset passwords", "feature:system-administrator-role")]
    [InlineData("A System Administrator can reset passwords", "feature:system-administrator-role")]
    public void Find_NameOrAliasInAnyWidthOrCase_LinksTheEntity(string text, string expected)
    {
        var found = _gazetteer!.Find(text);

        Assert.Contains(found, f => f.Node.Id == expected);
    }

    [Theory]
    [InlineData("XMFAB is a word", "feature:multi-factor-authentication")]
    [InlineData("the helmet is on", "technology:helm")]
    public void Find_NameInsideALongerWord_IsNotLinked(string text, string unexpected)
    {
        var found = _gazetteer!.Find(text);

        Assert.DoesNotContain(found, f => f.Node.Id == unexpected);
    }

    [Theory]
    [InlineData("see AC-2 for details", "control:ac-2")]
    [InlineData("see ac-2(1) for details", "control:ac-2.1")]
    [InlineData("see AC-02 (1) for details", "control:ac-2.1")]
    [InlineData("see AC-2.1 for details", "control:ac-2.1")]
    public void Find_ControlIdWritingsOfAKnownControl_LinkTheControl(string text, string expected)
    {
        var found = _gazetteer!.Find(text);

        Assert.Equal(expected, Assert.Single(found).Node.Id);
    }

    [Fact]
    public void Find_UnknownControlId_IsNotLinked()
    {
        var found = _gazetteer!.Find("see ZZ-9 and XY-12(3)");

        Assert.Empty(found);
    }

    [Fact]
    public void Resolve_AliasOfTheSameType_GivesTheCanonicalNode()
    {
        var node = _gazetteer!.Resolve("Industry", "Banking");

        Assert.Equal("industry:finance", node?.Id);
    }
}
