// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.AI;
using SalesCognition.Retrieval.Embeddings;

namespace SalesCognition.Retrieval.Tests.Embeddings;

public sealed class OpenAiCompatibleEmbeddingsTests : IDisposable
{
    private const string KeyVariable = "TEST_EMBEDDINGS_KEY";
    private readonly FakeOpenAiEmbeddingServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task GenerateAsync_LocalEndpoint_ReturnsItsVectorsInOrder()
    {
        using var generator = Create();

        var embeddings = await generator.GenerateAsync(["abc", "abcdef"]);

        Assert.Equal(2, embeddings.Count);
        Assert.Equal(16, embeddings[0].Vector.Length);
        Assert.Equal(3f, embeddings[0].Vector.Span[0]);
        Assert.Equal(6f, embeddings[1].Vector.Span[0]);
    }

    [Fact]
    public async Task GenerateAsync_LocalEndpoint_SendsModelDimensionsAndKeyFromEnvironment()
    {
        using var generator = Create();

        await generator.GenerateAsync(["x"]);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("test-embed-model", request["model"]!.GetValue<string>());
        Assert.Equal(16, request["dimensions"]!.GetValue<int>());
        Assert.Equal("Bearer secret-from-env", Assert.Single(_server.Authorizations));
    }

    [Fact]
    public void GetService_Metadata_StatesConfiguredModelAndDimensions()
    {
        using var generator = Create();

        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.Equal("test-embed-model", metadata!.DefaultModelId);
        Assert.Equal(16, metadata.DefaultModelDimensions);
    }

    [Fact]
    public void Create_MissingKey_NamesTheVariable()
    {
        var options = Options();

        var ex = Assert.Throws<InvalidOperationException>(() => OpenAiCompatibleEmbeddings.Create(options, _ => null));

        Assert.Contains(KeyVariable, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MissingDimensions_Throws()
    {
        var options = Options();
        options.Dimensions = null;

        Assert.Throws<InvalidOperationException>(() => OpenAiCompatibleEmbeddings.Create(options, _ => "k"));
    }

    private IEmbeddingGenerator<string, Embedding<float>> Create() =>
        OpenAiCompatibleEmbeddings.Create(Options(), name => name == KeyVariable ? "secret-from-env" : null);

    private EmbeddingOptions Options() => new()
    {
        Provider = EmbeddingOptions.OpenAiProvider,
        Endpoint = _server.Endpoint,
        Model = "test-embed-model",
        Dimensions = 16,
        ApiKeyVariable = KeyVariable,
    };
}
