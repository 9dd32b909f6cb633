// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Storage;
using SalesCognition.Graph.Storage.Neo4j;

namespace SalesCognition.Graph.Tests.Storage.Neo4j;

/// <summary>What start-up says about bad <c>Graph:Provider</c> and <c>Graph:Neo4j</c> settings.</summary>
public sealed class GraphProviderValidatorTests
{
    public static TheoryData<string, Action<Neo4jOptions>, string> BadNeo4jSettings => new()
    {
        { "Uri", o => o.Uri = null, "Graph:Neo4j:Uri is required" },
        { "Uri", o => o.Uri = new Uri("bolt://neo4j.test:7687"), "Graph:Neo4j:Uri must be an absolute http:// or https://" },
        { "Uri", o => o.Uri = new Uri("relative", UriKind.Relative), "Graph:Neo4j:Uri must be an absolute http:// or https://" },
        { "Uri", o => o.Uri = new Uri("http://neo4j:secret@neo4j.test:7474"), "Graph:Neo4j:Uri must not carry a user name" },
        { "Database", o => o.Database = "", "Graph:Neo4j:Database must be" },
        { "Database", o => o.Database = "sales/../x", "Graph:Neo4j:Database must be" },
        { "PasswordVariable", o => o.PasswordVariable = " ", "Graph:Neo4j:PasswordVariable must name" },
        { "Timeout", o => o.Timeout = TimeSpan.Zero, "Graph:Neo4j:Timeout must be above zero" },
        { "Timeout", o => o.Timeout = TimeSpan.FromHours(1), "Graph:Neo4j:Timeout must be above zero" },
        {
            "PasswordVariable",
            o => (o.User, o.PasswordVariable) = ("neo4j", "SALESCOG_TEST_NEO4J_NEVER_SET"),
            "Graph:Neo4j:User is set but the environment variable SALESCOG_TEST_NEO4J_NEVER_SET"
        },
    };

    [Theory]
    [MemberData(nameof(BadNeo4jSettings))]
    public void Validate_Neo4jChosenWithBadSetting_FailsNamingTheKey(string property, Action<Neo4jOptions> spoil, string expected)
    {
        var options = new GraphStoreOptions { Provider = "neo4j", Neo4j = { Uri = new Uri("http://neo4j.test:7474") } };
        spoil(options.Neo4j);

        var result = new GraphProviderValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.Contains(expected, failure, StringComparison.Ordinal);
        Assert.Contains("(Graph:Provider is neo4j)", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", failure, StringComparison.Ordinal);
        Assert.Contains($"Neo4j.{property}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownProvider_FailsNamingBothChoices()
    {
        var result = new GraphProviderValidator().Validate(null, new GraphStoreOptions { Provider = "neo5j" });

        Assert.Contains(
            "Graph:Provider must be 'embedded' or 'neo4j', was 'neo5j'",
            Assert.Single(result.Failures!),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("embedded")]
    [InlineData("Neo4J")]
    public void Validate_GoodSettings_Succeeds(string provider)
    {
        var options = new GraphStoreOptions { Provider = provider, Neo4j = { Uri = new Uri("https://neo4j.test") } };

        Assert.True(new GraphProviderValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_EmbeddedWithUnsetNeo4jSection_IgnoresIt()
    {
        var result = new GraphProviderValidator().Validate(null, new GraphStoreOptions());

        Assert.True(result.Succeeded);
    }
}
