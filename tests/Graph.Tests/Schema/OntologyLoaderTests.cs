// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Schema;

namespace SalesCognition.Graph.Tests.Schema;

public sealed class OntologyLoaderTests
{
    public static TheoryData<string> ValidCases => [.. OntologySpecCase.Names("valid")];

    public static TheoryData<string> InvalidCases => [.. OntologySpecCase.Names("invalid")];

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Load_ValidSpec_HasExpectedCounts(string caseName)
    {
        var spec = OntologySpecCase.Read(caseName);

        var ontology = OntologyLoader.Load(spec.Input);

        Assert.Equal(spec.Number("nodeTypes"), ontology.NodeTypes.Count);
        Assert.Equal(spec.Number("relationTypes"), ontology.RelationTypes.Count);
        Assert.Equal(spec.Number("entities"), ontology.Entities.Count);
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Load_InvalidSpec_ReportsFileLineAndProblem(string caseName)
    {
        var spec = OntologySpecCase.Read(caseName);

        var error = Assert.Throws<OntologyException>(() => OntologyLoader.Load(spec.Input));

        Assert.Equal(spec.Single("file"), Path.GetFileName(error.File));
        Assert.Equal(spec.Number("line"), error.Line);
        foreach (var fragment in spec.All("message"))
        {
            Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Specs_CopiedToOutput_HoldValidAndInvalidCases()
    {
        var valid = OntologySpecCase.Names("valid").ToList();
        var invalid = OntologySpecCase.Names("invalid").ToList();

        Assert.True(valid.Count >= 3, $"only {valid.Count} valid spec cases in {OntologySpecCase.Root}");
        Assert.True(invalid.Count >= 20, $"only {invalid.Count} invalid spec cases in {OntologySpecCase.Root}");
    }

    [Fact]
    public void Load_ValidSpec_KeepsEntityKeysNamesAndAliases()
    {
        var spec = OntologySpecCase.Read("valid/full");

        var ontology = OntologyLoader.Load(spec.Input);

        var standard = Assert.Single(ontology.Entities, e => e.Type == "Standard");
        Assert.Equal("mlps-2.0", standard.Key);
        Assert.Equal("MLPS 2.0", standard.Name);
        Assert.Equal(["等保2.0", "等保"], standard.Aliases);
        var product = Assert.Single(ontology.Entities, e => e.Type == "Product" && e.Name == "Lumina Search");
        Assert.Equal("Lumina Search", product.Key);
    }

    [Fact]
    public void Load_ValidSpec_ReadsRelationEndsGivenAsListOrSingleValue()
    {
        var spec = OntologySpecCase.Read("valid/full");

        var ontology = OntologyLoader.Load(spec.Input);

        var satisfies = ontology.FindRelationType("satisfies");
        Assert.NotNull(satisfies);
        Assert.Equal(["Feature", "Product"], satisfies.From);
        Assert.Equal(["Control"], satisfies.To);
        Assert.Equal("满足", satisfies.Labels["zh"]);
        Assert.Equal(["Standard"], ontology.RelationTypes["contains"].From);
    }

    [Fact]
    public void Load_ValidSpec_ReadsNodeTypeKeysAndLabels()
    {
        var spec = OntologySpecCase.Read("valid/full");

        var ontology = OntologyLoader.Load(spec.Input);

        var feature = ontology.FindNodeType("Feature");
        Assert.NotNull(feature);
        Assert.Equal("name", feature.Key);
        Assert.Equal("Feature", feature.Labels["en"]);
        Assert.Equal("功能", feature.Labels["zh"]);
        Assert.Equal("id", ontology.NodeTypes["Control"].Key);
        Assert.Null(ontology.FindNodeType("Widget"));
    }

    [Fact]
    public void Parse_InvalidText_NamesTheGivenFileName()
    {
        const string Yaml = "version: 1\nlabels: {}\n";

        var error = Assert.Throws<OntologyException>(() => OntologyLoader.Parse("inline.yaml", Yaml));

        Assert.Equal("inline.yaml", error.File);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("inline.yaml:2: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingPath_ThrowsOntologyException()
    {
        var missing = Path.Combine(Path.GetTempPath(), "salescog-no-such-ontology-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<OntologyException>(() => OntologyLoader.Load(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithoutYaml_ThrowsOntologyException()
    {
        var folder = Directory.CreateTempSubdirectory("salescog-ontology-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "nodeTypes: []");

            var error = Assert.Throws<OntologyException>(() => OntologyLoader.Load(folder.FullName));

            Assert.Contains("no .yaml file", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
