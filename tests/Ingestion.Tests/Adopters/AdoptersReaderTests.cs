// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;
using SalesCognition.Ingestion.Adopters;
using SalesCognition.Ingestion.Sources;
using SalesCognition.Testing;

namespace SalesCognition.Ingestion.Tests.Adopters;

public sealed partial class AdoptersReaderTests
{
    private const string List = """
        # Adopters

        Known end users:
        * AWS
        * IBM

        This is a list of production adopters:

        * [Acme Pay](https://acme.example/) - Acme Pay is a fintech company serving small banks. Acme uses Falco to meet
          its PCI DSS audit and to detect threats.
          * https://acme.example/blog/falco

        * [Widgets](https://widgets.example) Widgets builds tools for engineers. We run [Falco](https://falco.org) on Kubernetes.

        ## Projects that use Falco libs

        * [Probe](https://probe.example) is a telemetry framework for `Falco` and Kubernetes.
        """;

    private static readonly Lazy<Ontology> Shipped = new(() => OntologyLoader.Load(RepositoryPaths.Ontologies));

    private readonly AdoptersReader _reader = new(Shipped.Value);

    [Theory]
    [InlineData("/data/falco/ADOPTERS.md", SourceKinds.Auto, true)]
    [InlineData("/data/falco/adopters.md", SourceKinds.Cases, true)]
    [InlineData("/data/falco/users.md", SourceKinds.Cases, true)]
    [InlineData("/data/falco/users.md", SourceKinds.Auto, false)]
    [InlineData("/data/falco/ADOPTERS.md", SourceKinds.Docs, false)]
    [InlineData("/data/falco/ADOPTERS.html", SourceKinds.Auto, false)]
    public void CanRead_PathAndKind_ChoosesAdopterLists(string path, string kind, bool expected)
    {
        var input = new SourceInput(path, path, List, kind);

        var canRead = _reader.CanRead(input);

        Assert.Equal(expected, canRead);
    }

    [Fact]
    public void CanRead_FrontMatterOrNoLinkedParagraph_False()
    {
        var withFrontMatter = new SourceInput("a", "/x/ADOPTERS.md", "---\ntitle: x\n---\n" + List, SourceKinds.Auto);
        var namesOnly = new SourceInput("b", "/x/ADOPTERS.md", "# Adopters\n\n* AWS\n* IBM\n", SourceKinds.Auto);

        Assert.False(_reader.CanRead(withFrontMatter));
        Assert.False(_reader.CanRead(namesOnly));
    }

    [Fact]
    public void Read_List_OneCasePerLinkedParagraphWithItsOwnLocator()
    {
        var parsed = _reader.Read(new SourceInput("src", "/x/ADOPTERS.md", List, SourceKinds.Auto));

        Assert.Equal(SourceKinds.Cases, parsed.Kind);
        Assert.Equal(
            ["Acme Pay: Falco adopter", "Widgets: Falco adopter", "Probe: Falco adopter"],
            parsed.Sections.Select(s => s.Title));
        Assert.All(parsed.Sections, s => Assert.Equal("case", s.EntryKind));
        var acme = parsed.Sections[0];
        Assert.Equal(
            "Acme Pay is a fintech company serving small banks. Acme uses Falco to meet its PCI DSS audit and to " +
                "detect threats.",
            acme.Text);
        var item = List[acme.Locator.Start..acme.Locator.End];
        Assert.StartsWith("* [Acme Pay]", item, StringComparison.Ordinal);
        Assert.EndsWith("https://acme.example/blog/falco", item, StringComparison.Ordinal);
        Assert.Equal("Widgets builds tools for engineers. We run Falco on Kubernetes.", parsed.Sections[1].Text);
        Assert.Equal("Probe is a telemetry framework for Falco and Kubernetes.", parsed.Sections[2].Text);
        Assert.Equal(["Adopters", "Projects that use Falco libs"], parsed.Sections[2].HeadingPath);
        Assert.Contains(
            parsed.Warnings,
            w => w.Message.StartsWith("2 adopters are listed by name only", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_List_CaseForCustomerAndIndustryOnlyWhereTheFirstSentenceNamesOne()
    {
        var parsed = _reader.Read(new SourceInput("src", "/x/ADOPTERS.md", List, SourceKinds.Auto));

        var acme = NodeId.For("Case", "src#Acme Pay");
        var widgets = NodeId.For("Case", "src#Widgets");
        Assert.Equal([acme], parsed.Sections[0].SubjectNodeIds);
        Assert.Contains(
            new GraphRelation("for_customer", acme, "customer:acme-pay", new Dictionary<string, string>()),
            parsed.Relations,
            RelationEnds.Instance);
        Assert.Contains(
            new GraphRelation("in_industry", acme, "industry:finance", new Dictionary<string, string>()),
            parsed.Relations,
            RelationEnds.Instance);
        Assert.Contains(
            new GraphRelation("in_industry", "customer:acme-pay", "industry:finance", new Dictionary<string, string>()),
            parsed.Relations,
            RelationEnds.Instance);
        Assert.DoesNotContain(parsed.Relations, r => r.FromId == widgets && r.Type == "in_industry");
        Assert.DoesNotContain(parsed.Nodes, n => n.Type == "Region");
    }

    [Fact]
    public void Read_SameAdopterTwice_KeepsTheFirstAndWarns()
    {
        var text = "* [A](https://a.example) - A is a bank.\n* [A](https://a.example) - A again.\n";

        var parsed = _reader.Read(new SourceInput("src", "/x/ADOPTERS.md", text, SourceKinds.Auto));

        Assert.Equal("A is a bank.", Assert.Single(parsed.Sections).Text);
        Assert.Contains(
            parsed.Warnings,
            w => w.Location == "line 2" && w.Message.Contains("listed twice", StringComparison.Ordinal));
    }

    private sealed class RelationEnds : IEqualityComparer<GraphRelation>
    {
        public static readonly RelationEnds Instance = new();

        public bool Equals(GraphRelation? x, GraphRelation? y) =>
            x is not null && y is not null && x.Type == y.Type && x.FromId == y.FromId && x.ToId == y.ToId;

        public int GetHashCode(GraphRelation obj) => HashCode.Combine(obj.Type, obj.FromId, obj.ToId);
    }
}
