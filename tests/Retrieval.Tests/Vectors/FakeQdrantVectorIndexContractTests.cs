// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Vectors;
using SalesCognition.Retrieval.Vectors.Qdrant;

namespace SalesCognition.Retrieval.Tests.Vectors;

/// <summary>
/// The <see cref="IVectorIndex"/> contract on <see cref="QdrantVectorIndex"/> over <see cref="FakeQdrantHandler"/>:
/// checks the adapter's own logic (filters, replacement, blending) on every run, without a server.
/// </summary>
public sealed class FakeQdrantVectorIndexContractTests : VectorIndexContractTests, IDisposable
{
    private readonly FakeQdrantHandler _server = new();
    private readonly HttpClient _client;

    public FakeQdrantVectorIndexContractTests() => _client = new HttpClient(_server);

    public void Dispose() => _client.Dispose();

    protected override async Task<IVectorIndex> OpenAsync(VectorSpace space) => await QdrantVectorIndex.OpenAsync(
        _client,
        new QdrantOptions { Url = new Uri("http://qdrant.invalid:6333"), Collection = "contract" },
        space);
}
