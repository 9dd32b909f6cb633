// Copyright (c) SalesCognition. All rights reserved.

using System.Net;
using SalesCognition.Retrieval.Vectors;
using SalesCognition.Retrieval.Vectors.Qdrant;

namespace SalesCognition.Retrieval.Tests.Vectors;

/// <summary>The requests <see cref="QdrantVectorIndex"/> sends and how it reads answers, over a fake server.</summary>
public sealed class QdrantVectorIndexTests : IDisposable
{
    private static readonly VectorSpace Space = new("unit-model", 3);
    private readonly FakeQdrantHandler _server = new();
    private readonly HttpClient _client;

    public QdrantVectorIndexTests() => _client = new HttpClient(_server);

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task OpenAsync_MissingCollection_CreatesCosineCollectionIndexesAndRecordsModel()
    {
        using var index = await OpenAsync();

        var create = Assert.Single(_server.Requests, r => r.Method == HttpMethod.Put && r.Path == "collections/c");
        Assert.Equal(3, (int)create.Json["vectors"]!["size"]!);
        Assert.Equal("Cosine", (string)create.Json["vectors"]!["distance"]!);
        var indexed = _server.To("collections/c/index").Select(r => (string)r.Json["field_name"]!);
        Assert.Equal(["content_hash", "entry_id", "kind", "source_id", "tenant"], indexed.Order(StringComparer.Ordinal));
        var space = Assert.Single(_server.Requests, r => r.Method == HttpMethod.Put && r.Path == "collections/c/points");
        var payload = space.Json["points"]![0]!["payload"]!;
        Assert.Equal("space", (string)payload["kind"]!);
        Assert.Equal("unit-model", (string)payload["model"]!);
    }

    [Fact]
    public async Task OpenAsync_StoredSpaceOfAnotherModel_ThrowsVectorSpaceMismatch()
    {
        using (await OpenAsync())
        {
        }

        var ex = await Assert.ThrowsAsync<VectorSpaceMismatchException>(
            () => OpenAsync(Space with { ModelId = "another-model" }));

        Assert.Equal("unit-model", ex.Stored!.ModelId);
        Assert.Equal("another-model", ex.Configured!.ModelId);
        Assert.Contains("unit-model", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_ExistingCollectionOfAnotherSize_ThrowsVectorSpaceMismatch()
    {
        _server.AddCollection("c", 384);

        var ex = await Assert.ThrowsAsync<VectorSpaceMismatchException>(() => OpenAsync());

        Assert.Equal(384, ex.Stored!.Dimensions);
        Assert.DoesNotContain(_server.Requests, r => r.Method == HttpMethod.Put);
    }

    [Fact]
    public async Task OpenAsync_EmptyFittingCollectionWithoutRecord_AdoptsItAndRecordsModel()
    {
        _server.AddCollection("c", 3);

        using var index = await OpenAsync();

        Assert.DoesNotContain(_server.Requests, r => r.Method == HttpMethod.Put && r.Path == "collections/c");
        var space = Assert.Single(_server.Requests, r => r.Method == HttpMethod.Put && r.Path == "collections/c/points");
        Assert.Equal("unit-model", (string)space.Json["points"]![0]!["payload"]!["model"]!);
    }

    [Theory]
    [InlineData("relative/path")]
    [InlineData("ftp://host:6333")]
    public async Task OpenAsync_UrlNotAbsoluteHttp_ThrowsArgumentExceptionWithoutRequest(string url)
    {
        var options = new QdrantOptions { Url = new Uri(url, UriKind.RelativeOrAbsolute), Collection = "c" };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => QdrantVectorIndex.OpenAsync(_client, options, Space));

        Assert.Contains("Url", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ReplaceSourceAsync_EntryWithPassages_UpsertsOnePointEachThenDeletesTheSourcesOthersByFilter()
    {
        using var index = await OpenAsync();
        _server.Requests.Clear();
        var entry = new VectorEntry("e1", "hash-e1", new float[] { 1, 0, 0 })
        {
            Passages =
            [
                new PassageVector("passage:p0", new float[] { 0, 1, 0 }),
                new PassageVector("passage:p1", new float[] { 0, 0, 1 }),
            ],
        };

        await index.ReplaceSourceAsync("tenant-a", "source-1", [entry]);

        Assert.Equal(2, _server.Requests.Count);
        var upsert = _server.Requests[0];
        Assert.Equal(HttpMethod.Put, upsert.Method);
        Assert.Equal("collections/c/points", upsert.Path);
        Assert.Equal("?wait=true", upsert.Query);
        var points = upsert.Json["points"]!.AsArray();
        Assert.Equal(3, points.Count);
        Assert.Equal(3, points.Select(p => (string)p!["id"]!).Distinct().Count());
        Assert.All(points, p => Assert.True(Guid.TryParse((string)p!["id"]!, out _)));
        var whole = points[0]!["payload"]!;
        Assert.Equal("tenant-a", (string)whole["tenant"]!);
        Assert.Equal("e1", (string)whole["entry_id"]!);
        Assert.Equal("source-1", (string)whole["source_id"]!);
        Assert.Equal("hash-e1", (string)whole["content_hash"]!);
        Assert.Equal("entry", (string)whole["kind"]!);
        Assert.Equal(["passage", "passage"], points.Skip(1).Select(p => (string)p!["payload"]!["kind"]!));
        Assert.Equal([0, 1], points.Skip(1).Select(p => (int)p!["payload"]!["ordinal"]!));
        Assert.Equal([1f, 0f, 0f], points[0]!["vector"]!.AsArray().Select(v => (float)v!));
        var delete = _server.Requests[1];
        Assert.Equal(HttpMethod.Post, delete.Method);
        Assert.Equal("collections/c/points/delete", delete.Path);
        Assert.Equal(
            [("tenant", "tenant-a"), ("source_id", "source-1")],
            delete.Json["filter"]!["must"]!.AsArray().Select(c => ((string)c!["key"]!, (string)c["match"]!["value"]!)));
        Assert.Equal(
            points.Select(p => (string)p!["id"]!),
            delete.Json["filter"]!["must_not"]![0]!["has_id"]!.AsArray().Select(i => (string)i!));
    }

    [Fact]
    public async Task ReplaceSourceAsync_SameEntryAgain_ReusesItsPointIds()
    {
        using var index = await OpenAsync();
        var entry = new VectorEntry("e1", "hash-e1", new float[] { 1, 0, 0 });
        await index.ReplaceSourceAsync("t", "s", [entry]);
        var first = (string)_server.Requests[^2].Json["points"]![0]!["id"]!;

        await index.ReplaceSourceAsync("t", "s", [entry with { ContentHash = "hash-changed" }]);

        Assert.Equal(first, (string)_server.Requests[^2].Json["points"]![0]!["id"]!);
    }

    [Fact]
    public async Task SearchAsync_NoPassageWeight_SendsOneTenantFilteredSearchOfEntryPoints()
    {
        using var index = await OpenAsync();
        await index.ReplaceSourceAsync("t", "s", [new VectorEntry("e1", "h1", new float[] { 1, 0, 0 })]);
        _server.Requests.Clear();

        var hits = await index.SearchAsync("t", new float[] { 0.6f, 0.8f, 0 }, 7);

        var search = Assert.Single(_server.Requests);
        Assert.Equal(HttpMethod.Post, search.Method);
        Assert.Equal("collections/c/points/search", search.Path);
        Assert.Equal([0.6f, 0.8f, 0f], search.Json["vector"]!.AsArray().Select(v => (float)v!));
        Assert.Equal(7, (int)search.Json["limit"]!);
        Assert.Equal(["entry_id"], search.Json["with_payload"]!.AsArray().Select(k => (string)k!));
        Assert.Equal(
            [("tenant", "t"), ("kind", "entry")],
            search.Json["filter"]!["must"]!.AsArray().Select(c => ((string)c!["key"]!, (string)c["match"]!["value"]!)));
        var hit = Assert.Single(hits);
        Assert.Equal("e1", hit.EntryId);
        Assert.Equal(0.6f, hit.Score, 4);
        Assert.Null(hit.PassageScore);
    }

    [Fact]
    public async Task SearchAsync_PassageWeight_SearchesEntriesAndFourTimesAsManyPassagesThenScrollsCandidates()
    {
        using var index = await OpenAsync();
        await index.ReplaceSourceAsync(
            "t",
            "s",
            [
                new VectorEntry("e1", "h1", new float[] { 1, 0, 0 }),
                new VectorEntry("e2", "h2", new float[] { 0, 1, 0 })
                {
                    Passages = [new PassageVector("passage:x", new float[] { 0, 0, 1 })],
                },
            ]);
        _server.Requests.Clear();

        await index.SearchAsync("t", new float[] { 0, 0, 1 }, 2, passageWeight: 0.5f);

        var searches = _server.To("points/search").ToList();
        Assert.Equal([2, 8], searches.Select(s => (int)s.Json["limit"]!));
        Assert.Equal(["entry", "passage"], searches.Select(s => (string)s.Json["filter"]!["must"]![1]!["match"]!["value"]!));
        var scroll = Assert.Single(_server.To("points/scroll"));
        Assert.True((bool)scroll.Json["with_vector"]!);
        var candidates = scroll.Json["filter"]!["must"]!.AsArray().Single(c => (string)c!["key"]! == "entry_id")!;
        var any = candidates["match"]!["any"]!.AsArray().Select(i => (string)i!);
        Assert.Equal(["e1", "e2"], any.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CountBySourceAsync_ScrollsTheTenantsEntryPointsOnly()
    {
        using var index = await OpenAsync();
        _server.Requests.Clear();

        await index.CountBySourceAsync("t");

        var scroll = Assert.Single(_server.Requests);
        Assert.Equal("collections/c/points/scroll", scroll.Path);
        Assert.False((bool)scroll.Json["with_vector"]!);
        Assert.Equal(
            [("tenant", "t"), ("kind", "entry")],
            scroll.Json["filter"]!["must"]!.AsArray().Select(c => ((string)c!["key"]!, (string)c["match"]!["value"]!)));
    }

    [Fact]
    public async Task Requests_ApiKeyVariableSet_CarryTheApiKeyHeader()
    {
        var variable = $"SALESCOG_TEST_QDRANT_KEY_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, "secret-key-123");
        try
        {
            using var index = await OpenAsync(apiKeyVariable: variable);

            await index.SearchAsync("t", new float[] { 1, 0, 0 }, 1);

            Assert.NotEmpty(_server.Requests);
            Assert.All(_server.Requests, r => Assert.Equal("secret-key-123", r.Headers["api-key"]));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task Requests_ApiKeyVariableUnset_CarryNoApiKeyHeader()
    {
        using var index = await OpenAsync(apiKeyVariable: $"SALESCOG_TEST_QDRANT_KEY_{Guid.NewGuid():N}");

        Assert.All(_server.Requests, r => Assert.False(r.Headers.ContainsKey("api-key")));
    }

    [Theory]
    [InlineData("points/search", HttpStatusCode.InternalServerError, "search points")]
    [InlineData("points/search", HttpStatusCode.BadRequest, "search points")]
    [InlineData("collections/c/points", HttpStatusCode.Forbidden, "upsert points")]
    [InlineData("points/delete", HttpStatusCode.ServiceUnavailable, "delete points")]
    public async Task Operation_ServerAnswersError_ThrowsNamingOperationStatusAndServerText(
        string pathPart,
        HttpStatusCode status,
        string operation)
    {
        var variable = $"SALESCOG_TEST_QDRANT_KEY_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, "secret-key-456");
        try
        {
            using var index = await OpenAsync(apiKeyVariable: variable);
            _server.Failure = (pathPart, status, "Service internal error: boom happened");

            var ex = await Assert.ThrowsAsync<QdrantRequestException>(async () =>
            {
                await index.ReplaceSourceAsync("t", "s", [new VectorEntry("e1", "h1", new float[] { 1, 0, 0 })]);
                await index.SearchAsync("t", new float[] { 1, 0, 0 }, 1);
            });

            Assert.Equal(operation, ex.Operation);
            Assert.Equal(status, ex.StatusCode);
            Assert.Contains(operation, ex.Message, StringComparison.Ordinal);
            Assert.Contains($"HTTP {(int)status}", ex.Message, StringComparison.Ordinal);
            Assert.Contains("boom happened", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("secret-key-456", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task OpenAsync_ServerRefusesCollectionRead_ThrowsNamingReadCollection()
    {
        _server.Failure = ("collections/c", HttpStatusCode.Unauthorized, "Must provide an API key");

        var ex = await Assert.ThrowsAsync<QdrantRequestException>(() => OpenAsync());

        Assert.StartsWith("Qdrant read collection failed with HTTP 401", ex.Message, StringComparison.Ordinal);
        Assert.Contains("API key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCachedAsync_Hashes_ScrollsByContentHashWithVectors()
    {
        using var index = await OpenAsync();
        _server.Requests.Clear();

        await index.GetCachedAsync(["h1", "h2", "h1"]);

        var scroll = Assert.Single(_server.Requests);
        Assert.True((bool)scroll.Json["with_vector"]!);
        var condition = Assert.Single(scroll.Json["filter"]!["must"]!.AsArray())!;
        Assert.Equal("content_hash", (string)condition["key"]!);
        Assert.Equal(["h1", "h2"], condition["match"]!["any"]!.AsArray().Select(h => (string)h!));
    }

    private Task<QdrantVectorIndex> OpenAsync(VectorSpace? space = null, string? apiKeyVariable = null) =>
        QdrantVectorIndex.OpenAsync(
            _client,
            new QdrantOptions
            {
                Url = new Uri("http://qdrant.invalid:6333"),
                Collection = "c",
                ApiKeyVariable = apiKeyVariable ?? $"SALESCOG_TEST_QDRANT_KEY_{Guid.NewGuid():N}",
            },
            space ?? Space);
}
