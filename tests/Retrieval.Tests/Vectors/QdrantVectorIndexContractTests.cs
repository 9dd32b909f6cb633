// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Vectors;
using SalesCognition.Retrieval.Vectors.Qdrant;
using SalesCognition.Testing;

namespace SalesCognition.Retrieval.Tests.Vectors;

/// <summary>
/// The <see cref="IVectorIndex"/> contract on a live Qdrant server at <c>QDRANT_URL</c> (the API key, if any, in
/// <c>SALESCOG_QDRANT_API_KEY</c>). Each test uses a collection of its own and deletes it afterwards. Without
/// <c>QDRANT_URL</c> every test is skipped and no host is contacted.
/// </summary>
public sealed class QdrantVectorIndexContractTests : VectorIndexContractTests, IAsyncLifetime, IDisposable
{
    private const string UrlVariable = "QDRANT_URL";
    private const string Skipped = "the live Qdrant contract tests";

    private readonly string _collection = $"salescognition_contract_{Guid.NewGuid():N}";
    private HttpClient? _client;

    public Task InitializeAsync()
    {
        _client = new HttpClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_client is null)
        {
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(Url, $"collections/{_collection}"));
        if (Environment.GetEnvironmentVariable(QdrantOptions.DefaultApiKeyVariable) is { Length: > 0 } key)
        {
            request.Headers.TryAddWithoutValidation("api-key", key);
        }

        using var response = await _client.SendAsync(request);
    }

    public void Dispose() => _client?.Dispose();

    [RequiresEnvironmentFact(UrlVariable, Skipped)]
    public override Task SearchAsync_SeveralEntries_ReturnsNearestFirst() =>
        base.SearchAsync_SeveralEntries_ReturnsNearestFirst();

    [RequiresEnvironmentFact(UrlVariable, Skipped)]
    public override Task ReplaceSourceAsync_SecondCall_RemovesOldVectorsAndPassages() =>
        base.ReplaceSourceAsync_SecondCall_RemovesOldVectorsAndPassages();

    [RequiresEnvironmentFact(UrlVariable, Skipped)]
    public override Task RemoveSourceAsync_RemovesOnlyThatSource() => base.RemoveSourceAsync_RemovesOnlyThatSource();

    [RequiresEnvironmentFact(UrlVariable, Skipped)]
    public override Task SearchAsync_OtherTenant_SeesOnlyItsOwnVectors() =>
        base.SearchAsync_OtherTenant_SeesOnlyItsOwnVectors();

    [RequiresEnvironmentFact(UrlVariable, Skipped)]
    public override Task GetCachedAsync_WholeAndPassageHashes_ReturnsStoredVectors() =>
        base.GetCachedAsync_WholeAndPassageHashes_ReturnsStoredVectors();

    [RequiresEnvironmentFact(UrlVariable, Skipped)]
    public override Task SearchAsync_PassageWeight_BlendsBestPassageIntoScoreAndOrder() =>
        base.SearchAsync_PassageWeight_BlendsBestPassageIntoScoreAndOrder();

    [RequiresEnvironmentFact(UrlVariable, Skipped)]
    public override Task ReplaceSourceAsync_WrongDimension_ThrowsAndWritesNothing() =>
        base.ReplaceSourceAsync_WrongDimension_ThrowsAndWritesNothing();

    [RequiresEnvironmentFact(UrlVariable, Skipped)]
    public override Task CountBySourceAsync_EntriesWithPassages_CountsEntriesOnly() =>
        base.CountBySourceAsync_EntriesWithPassages_CountsEntriesOnly();

    [RequiresEnvironmentFact(UrlVariable, Skipped)]
    public override Task OpenAsync_ReopenedWithAnotherModel_ThrowsVectorSpaceMismatch() =>
        base.OpenAsync_ReopenedWithAnotherModel_ThrowsVectorSpaceMismatch();

    [RequiresEnvironmentFact(UrlVariable, Skipped)]
    public override Task OpenAsync_ReopenedWithAnotherDimension_ThrowsVectorSpaceMismatch() =>
        base.OpenAsync_ReopenedWithAnotherDimension_ThrowsVectorSpaceMismatch();

    protected override async Task<IVectorIndex> OpenAsync(VectorSpace space) => await QdrantVectorIndex.OpenAsync(
        _client!,
        new QdrantOptions { Url = Url, Collection = _collection },
        space);

    private static Uri Url
    {
        get
        {
            var url = Environment.GetEnvironmentVariable(UrlVariable)!;
            return new Uri(url.EndsWith('/') ? url : url + "/");
        }
    }
}
