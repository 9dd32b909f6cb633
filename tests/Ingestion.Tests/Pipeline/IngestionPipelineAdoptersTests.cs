// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;
using SalesCognition.Ingestion.Adopters;
using SalesCognition.Ingestion.Markdown;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Testing;

namespace SalesCognition.Ingestion.Tests.Pipeline;

public sealed class IngestionPipelineAdoptersTests
{
    private const string Tenant = TenantIds.Default;

    [RequiresDataFact("customer-case-studies/falco-adopters/ADOPTERS.md")]
    public async Task IngestAsync_RealFalcoAdopters_CasesWithStandardsPainPointsAndFalco()
    {
        using var fixture = await CreateAsync();
        var path = RepositoryPaths.Data("customer-case-studies", "falco-adopters", "ADOPTERS.md");

        var report = await fixture.Pipeline.IngestAsync([path]);

        Assert.Equal(SourceOutcome.Added, Assert.Single(report.Sources).Outcome);
        var entries = await fixture.Graph.GetSourceEntriesAsync(Tenant, path);
        Assert.Equal(38, entries.Count);
        Assert.All(entries, e => Assert.Equal("case", e.Kind));
        Assert.Equal(38, (await fixture.Graph.ListNodesAsync(Tenant, "Case")).Count);
        var preferral = await RelationsAsync(fixture, path, "Preferral");
        Assert.Contains(("complies_with", "standard:hipaa"), preferral);
        Assert.Contains(("uses", "technology:falco"), preferral);
        Assert.Contains(("for_customer", "customer:preferral"), preferral);
        Assert.Contains(
            ("complies_with", "standard:iso-27001"),
            await RelationsAsync(fixture, path, "NETWAYS Web Services"));
        Assert.Contains(("complies_with", "standard:soc-2"), await RelationsAsync(fixture, path, "Sight Machine"));
        Assert.Contains(("complies_with", "standard:fedramp"), await RelationsAsync(fixture, path, "Shapesecurity/F5"));
        Assert.Contains(("faces", "painpoint:security-threats"), await RelationsAsync(fixture, path, "Raft"));
    }

    [Fact]
    public async Task IngestAsync_CaseTextNamingPainPoints_FacesThemInEitherLanguage()
    {
        using var fixture = await CreateAsync();
        var en = fixture.Folder.Write(
            "cases/en.md",
            "---\nkind: case\ncustomer: Acme\n---\n# Acme\n\nAcme feared vendor lock-in and long outages.\n");
        var zh = fixture.Folder.Write(
            "cases/zh.md",
            "---\nkind: case\ncustomer: 华泰\n---\n# 华泰\n\n担心厂商锁定，系统经常宕机。\n");

        await fixture.Pipeline.IngestAsync([fixture.Folder.Combine("cases")]);

        string[] expected = ["painpoint:downtime", "painpoint:vendor-lock-in"];
        foreach (var file in new[] { en, zh })
        {
            var faced = (await fixture.Graph.GetRelationsAsync(
                Tenant,
                NodeId.For("Case", file))).Where(r => r.Type == "faces").Select(r => r.ToId).Order();
            Assert.Equal(expected, faced);
        }
    }

    private static async Task<PipelineFixture> CreateAsync()
    {
        var ontology = OntologyLoader.Load(RepositoryPaths.Ontologies);
        return await PipelineFixture.CreateAsync(readers: [new AdoptersReader(ontology), new MarkdownReader()]);
    }

    private static async Task<List<(string Type, string To)>> RelationsAsync(
        PipelineFixture fixture,
        string path,
        string adopter)
    {
        var caseId = NodeId.For("Case", $"{path}#{adopter}");
        var relations = await fixture.Graph.GetRelationsAsync(Tenant, caseId);
        return [.. relations.Where(r => r.FromId == caseId).Select(r => (r.Type, r.ToId))];
    }
}
