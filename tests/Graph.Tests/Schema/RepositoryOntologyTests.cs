// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;
using SalesCognition.Testing;

namespace SalesCognition.Graph.Tests.Schema;

/// <summary>The ontology the product ships with, in the repository's <c>ontologies/</c> folder.</summary>
public sealed class RepositoryOntologyTests
{
    private static Lazy<Ontology> Shipped { get; } = new(() => OntologyLoader.Load(RepositoryPaths.Ontologies));

    [Fact]
    public void Load_RepositoryFolder_Succeeds()
    {
        var ontology = OntologyLoader.Load(RepositoryPaths.Ontologies);

        Assert.NotEmpty(ontology.NodeTypes);
        Assert.NotEmpty(ontology.RelationTypes);
        Assert.NotEmpty(ontology.Entities);
    }

    [Theory]
    [InlineData("Product")]
    [InlineData("Feature")]
    [InlineData("Document")]
    [InlineData("Section")]
    [InlineData("Standard")]
    [InlineData("Control")]
    [InlineData("Baseline")]
    [InlineData("Customer")]
    [InlineData("Industry")]
    [InlineData("Case")]
    [InlineData("Competitor")]
    [InlineData("CompetitorProduct")]
    [InlineData("NewsItem")]
    [InlineData("PainPoint")]
    public void Load_RepositoryFolder_DefinesNodeType(string name)
    {
        var ontology = Shipped.Value;

        var type = ontology.FindNodeType(name);

        Assert.NotNull(type);
        Assert.False(string.IsNullOrWhiteSpace(type.Key), $"node type {name} has no key");
    }

    [Fact]
    public void Load_RepositoryFolder_EveryRelationNamesKnownNodeTypes()
    {
        var ontology = Shipped.Value;

        var unknown = ontology.RelationTypes.Values
            .SelectMany(r => r.From.Concat(r.To).Select(end => (Relation: r.Name, End: end)))
            .Where(x => !ontology.NodeTypes.ContainsKey(x.End))
            .Select(x => $"{x.Relation} -> {x.End}")
            .ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Load_RepositoryFolder_EveryTypeHasEnglishAndChineseLabels()
    {
        var ontology = Shipped.Value;

        var labelSets = ontology.NodeTypes.Values.Select(t => (t.Name, t.Labels))
            .Concat(ontology.RelationTypes.Values.Select(r => (r.Name, r.Labels)));

        foreach (var (name, labels) in labelSets)
        {
            Assert.False(string.IsNullOrWhiteSpace(labels.GetValueOrDefault("en")), $"{name} lacks an en label");
            Assert.False(string.IsNullOrWhiteSpace(labels.GetValueOrDefault("zh")), $"{name} lacks a zh label");
        }
    }

    [Fact]
    public void Load_RepositoryFolder_EveryEntityHasKnownTypeAndDistinctId()
    {
        var ontology = Shipped.Value;

        var ids = ontology.Entities.Select(e => NodeId.For(e.Type, e.Key)).ToList();

        Assert.All(ontology.Entities, e => Assert.Contains(e.Type, ontology.NodeTypes.Keys));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("Standard", "等保2.0", "mlps-2.0")]
    [InlineData("Feature", "MFA", "multi-factor authentication")]
    [InlineData("CompetitorProduct", "Solr", "apache solr")]
    [InlineData("PainPoint", "扩展性", "scalability")]
    [InlineData("PainPoint", "厂商锁定", "vendor lock-in")]
    [InlineData("PainPoint", "宕机", "downtime")]
    [InlineData("Standard", "ISO/IEC 27001", "iso-27001")]
    [InlineData("Technology", "falcosecurity", "falco")]
    public void Load_RepositoryFolder_KnowsAliasOfSeedEntity(string type, string alias, string key)
    {
        var ontology = Shipped.Value;

        var entity = ontology.Entities.SingleOrDefault(
            e => e.Type == type && e.Aliases.Contains(alias, StringComparer.Ordinal));

        Assert.NotNull(entity);
        Assert.Equal(NodeId.For(type, key), NodeId.For(entity.Type, entity.Key));
    }
}
