// Copyright (c) SalesCognition. All rights reserved.

using System.Text.RegularExpressions;
using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Sources;
using SalesCognition.Testing;

namespace SalesCognition.Ingestion.Tests.Adopters;

public sealed partial class AdoptersReaderTests
{
    private const string Falco = "customer-case-studies/falco-adopters/ADOPTERS.md";

    [RequiresDataFact(Falco)]
    public void Read_RealFalcoAdopters_OneCasePerAdopterParagraph()
    {
        var path = RepositoryPaths.Data("customer-case-studies", "falco-adopters", "ADOPTERS.md");
        var text = File.ReadAllText(path);
        var input = new SourceInput(path, path, text, SourceKinds.Auto);

        var parsed = _reader.Read(input);

        // SOURCE.md counts 38 organisations: every linked bullet followed by a description.
        var linkedParagraphs = Regex.Count(text, @"^\* \[[^\]]+\]\([^)]+\)\s*\S", RegexOptions.Multiline);
        Assert.Equal(38, linkedParagraphs);
        Assert.True(_reader.CanRead(input));
        Assert.Equal(38, parsed.Sections.Count);
        Assert.Equal(38, parsed.Nodes.Count(n => n.Type == "Case"));
        Assert.Equal(38, parsed.Relations.Count(r => r.Type == "for_customer"));
        Assert.All(
            parsed.Sections,
            s => Assert.StartsWith("* [", text[s.Locator.Start..s.Locator.End], StringComparison.Ordinal));
        Assert.All(parsed.Sections, s => Assert.EndsWith(": Falco adopter", s.Title, StringComparison.Ordinal));
        Assert.All(parsed.Sections, s => Assert.DoesNotContain("](", s.Text, StringComparison.Ordinal));
        Assert.Contains(
            parsed.Warnings,
            w => w.Message.StartsWith("12 adopters are listed by name only", StringComparison.Ordinal));
    }

    [RequiresDataTheory(Falco)]
    [InlineData("Pollinate", "industry:finance")]
    [InlineData("Qonto", "industry:finance")]
    [InlineData("Skyscanner", "industry:travel")]
    [InlineData("Raft", "industry:government")]
    [InlineData("Sight Machine", "industry:manufacturing")]
    [InlineData("Booz Allen Hamilton", null)]
    public void Read_RealFalcoAdopters_IndustryFromTheFirstSentenceOrMissing(string adopter, string? industry)
    {
        var path = RepositoryPaths.Data("customer-case-studies", "falco-adopters", "ADOPTERS.md");

        var parsed = _reader.Read(new SourceInput(path, path, File.ReadAllText(path), SourceKinds.Auto));

        var caseId = NodeId.For("Case", $"{path}#{adopter}");
        var found = parsed.Relations
            .Where(r => r.FromId == caseId && r.Type == "in_industry")
            .Select(r => r.ToId)
            .SingleOrDefault();
        Assert.Equal(industry, found);
        Assert.Contains(
            parsed.Relations,
            r => r.FromId == caseId && r.Type == "for_customer" && r.ToId == NodeId.For("Customer", adopter));
    }
}
