// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesCognition.Retrieval.Vectors;
using SalesCognition.Retrieval.Vectors.Qdrant;

namespace SalesCognition.Retrieval.Tests.Vectors;

public sealed class VectorIndexOptionsValidatorTests
{
    [Fact]
    public void Validate_DefaultEmbedded_Succeeds()
    {
        var result = new VectorIndexOptionsValidator().Validate(null, new VectorIndexOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_QdrantWithoutUrl_FailsNamingTheKey()
    {
        var options = new VectorIndexOptions { Provider = "qdrant" };

        var result = new VectorIndexOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Vectors:Qdrant:Url is required", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost:6333")]
    [InlineData("ftp://qdrant:6333")]
    [InlineData("/relative")]
    public void Validate_QdrantUrlNotAbsoluteHttp_Fails(string url)
    {
        var options = new VectorIndexOptions { Provider = "Qdrant" };
        options.Qdrant.Url = new Uri(url, UriKind.RelativeOrAbsolute);

        var result = new VectorIndexOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("absolute http:// or https://", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Collection")]
    [InlineData("has space", "Collection")]
    public void Validate_QdrantBadCollection_Fails(string collection, string key)
    {
        var options = new VectorIndexOptions { Provider = "qdrant" };
        options.Qdrant.Url = new Uri("http://localhost:6333");
        options.Qdrant.Collection = collection;

        var result = new VectorIndexOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"Vectors:Qdrant:{key}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownProvider_Fails()
    {
        var result = new VectorIndexOptionsValidator().Validate(null, new VectorIndexOptions { Provider = "milvus" });

        Assert.True(result.Failed);
        Assert.Contains("'milvus'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRetrieval_VectorsSection_BindsProviderAndQdrantSettings()
    {
        using var provider = Services(new Dictionary<string, string?>
        {
            ["Vectors:Provider"] = "qdrant",
            ["Vectors:Qdrant:Url"] = "https://qdrant.example:6333",
            ["Vectors:Qdrant:Collection"] = "sales",
            ["Vectors:Qdrant:ApiKeyVariable"] = "MY_KEY",
            ["Vectors:Qdrant:Timeout"] = "00:00:05",
        });

        var options = provider.GetRequiredService<IOptions<VectorIndexOptions>>().Value;

        Assert.True(options.UsesQdrant);
        Assert.Equal(new Uri("https://qdrant.example:6333"), options.Qdrant.Url);
        Assert.Equal("sales", options.Qdrant.Collection);
        Assert.Equal("MY_KEY", options.Qdrant.ApiKeyVariable);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Qdrant.Timeout);
    }

    [Fact]
    public void AddRetrieval_QdrantWithoutUrl_FailsStartupValidation()
    {
        using var provider = Services(new Dictionary<string, string?> { ["Vectors:Provider"] = "qdrant" });
        var validator = provider.GetRequiredService<IStartupValidator>();

        var ex = Assert.Throws<OptionsValidationException>(validator.Validate);

        Assert.Contains("Vectors:Qdrant:Url is required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRetrieval_NoConfiguration_DefaultsToEmbedded()
    {
        using var provider = new ServiceCollection().AddLogging().AddRetrieval().BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<VectorIndexOptions>>().Value;

        Assert.Equal(VectorIndexOptions.EmbeddedProvider, options.Provider);
        Assert.Equal(QdrantOptions.DefaultCollection, options.Qdrant.Collection);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddRetrieval()
            .BuildServiceProvider();
    }
}
