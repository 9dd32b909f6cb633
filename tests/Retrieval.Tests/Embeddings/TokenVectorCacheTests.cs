// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Data.Sqlite;
using SalesCognition.Retrieval.Embeddings;
using SalesCognition.Testing;

namespace SalesCognition.Retrieval.Tests.Embeddings;

public sealed class TokenVectorCacheTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void EncodeDecode_KeepsIdsAndEachComponentWithinOneQuantizationStep()
    {
        var vectors = new TokenVectors([7, 2001], [[0.6f, -0.8f, 0f], [-0.05f, 0.01f, 0.9987f]]);

        var back = TokenVectorCache.Decode(TokenVectorCache.Encode(vectors));

        Assert.Equal([7, 2001], back.Ids);
        for (int t = 0; t < 2; t++)
        {
            float step = vectors.Vectors[t].Max(Math.Abs) / 127f;
            for (int k = 0; k < 3; k++)
            {
                Assert.InRange(back.Vectors[t][k], vectors.Vectors[t][k] - step, vectors.Vectors[t][k] + step);
            }
        }

        Assert.Equal(8 + (2 * (8 + 3)), TokenVectorCache.Encode(vectors).Length);
        Assert.Empty(TokenVectorCache.Decode(TokenVectorCache.Encode(new TokenVectors([], []))).Ids);
    }

    [Theory]
    [InlineData(new byte[] { 1, 0, 0 })]
    [InlineData(new byte[] { 1, 0, 0, 0, 3, 0, 0, 0, 9 })]
    [InlineData(new byte[] { 255, 255, 255, 255, 3, 0, 0, 0 })]
    public void Decode_DamagedRecord_SaysSo(byte[] bytes) =>
        Assert.Throws<InvalidDataException>(() => TokenVectorCache.Decode(bytes));

    [Fact]
    public async Task GetOrAddAsync_RunsTheModelOnlyOverTextsNotYetKept_AndKeepsThemAcrossOpenings()
    {
        var model = new CountingTokens();
        using (var cache = await OpenAsync("m1"))
        {
            var first = await cache.GetOrAddAsync(model, ["alpha", "beta", "alpha"]);

            Assert.Equal(["alpha", "beta"], model.Seen);
            Assert.Equal(first[0].Ids, first[2].Ids);
            Assert.NotEqual(first[0].Ids, first[1].Ids);
        }

        using (var reopened = await OpenAsync("m1"))
        {
            var second = await reopened.GetOrAddAsync(model, ["beta", "gamma"]);

            Assert.Equal(["alpha", "beta", "gamma"], model.Seen);
            Assert.Equal(CountingTokens.IdsOf("beta"), second[0].Ids);
            Assert.Equal(CountingTokens.IdsOf("gamma"), second[1].Ids);
            Assert.True(reopened.Bytes > 0);
        }
    }

    [Fact]
    public async Task OpenAsync_AnotherModel_DropsTheOldModelsVectors()
    {
        var model = new CountingTokens();
        using (var cache = await OpenAsync("m1"))
        {
            await cache.GetOrAddAsync(model, ["alpha"]);
        }

        using (var other = await OpenAsync("m2"))
        {
            Assert.Equal(0, other.Bytes);
            await other.GetOrAddAsync(model, ["alpha"]);
        }

        Assert.Equal(["alpha", "alpha"], model.Seen);
        Assert.Equal(1L, await CountRowsAsync());
    }

    [Fact]
    public async Task WarmAsync_MakesOnlyWhatIsMissing_InBatches()
    {
        var model = new CountingTokens();
        using var cache = await OpenAsync("m1");
        await cache.GetOrAddAsync(model, ["alpha"]);

        int made = await cache.WarmAsync(model, ["alpha", "beta", "gamma", "delta", "beta"], batchSize: 2);

        Assert.Equal(3, made);
        Assert.Equal([1, 2, 1], model.Batches);
        await cache.GetOrAddAsync(model, ["delta", "gamma"]);
        Assert.Equal(4, model.Seen.Count);
    }

    [Fact]
    public async Task WriteBeyondTheBudget_EvictsTheLeastRecentlyUsedTexts()
    {
        var model = new CountingTokens(tokens: 40, dimensions: 384);
        long perText = TokenVectorCache.Encode(model.Make("x")).Length;
        using var cache = await TokenVectorCache.OpenAsync(_folder.Combine("tokens.db"), "m1", perText * 3);
        await cache.GetOrAddAsync(model, ["a"]);
        await cache.GetOrAddAsync(model, ["b"]);
        await cache.GetOrAddAsync(model, ["c"]);
        await cache.GetOrAddAsync(model, ["a"]); // a is now the most recently used

        await cache.GetOrAddAsync(model, ["d"]);

        Assert.InRange(cache.Bytes, 0, perText * 3);
        model.Seen.Clear();
        await cache.GetOrAddAsync(model, ["a", "d"]);
        Assert.Empty(model.Seen);
        await cache.GetOrAddAsync(model, ["b"]);
        Assert.Equal(["b"], model.Seen);
    }

    [Fact]
    public async Task OpenAsync_FileThatIsNoDatabase_IsSetAsideAndANewCacheStarts()
    {
        var path = _folder.Write("tokens.db", "this is not a SQLite file, but the cache may start over");
        var model = new CountingTokens();

        using var cache = await OpenAsync("m1");
        var vectors = await cache.GetOrAddAsync(model, ["alpha"]);

        Assert.Equal(CountingTokens.IdsOf("alpha"), vectors[0].Ids);
        Assert.True(File.Exists(path + ".damaged"));
        Assert.Equal(1L, await CountRowsAsync());
    }

    [Fact]
    public async Task GetOrAddAsync_DamagedRecord_IsMadeAgainAndWrittenOver()
    {
        var model = new CountingTokens();
        using var cache = await OpenAsync("m1");
        await cache.GetOrAddAsync(model, ["alpha"]);
        await using (var connection = new SqliteConnection($"Data Source={_folder.Combine("tokens.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE token_vectors SET data = x'0100000003'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var again = await cache.GetOrAddAsync(model, ["alpha"]);
        var third = await cache.GetOrAddAsync(model, ["alpha"]);

        Assert.Equal(["alpha", "alpha"], model.Seen);
        Assert.Equal(CountingTokens.IdsOf("alpha"), again[0].Ids);
        Assert.Equal(CountingTokens.IdsOf("alpha"), third[0].Ids);
    }

    [Fact]
    public void Decode_ScaleThatIsNotAFinitePositiveNumber_SaysSo()
    {
        var bytes = TokenVectorCache.Encode(new TokenVectors([1], [[0.5f, 0.5f]]));
        BitConverter.GetBytes(float.NaN).CopyTo(bytes, 8 + 4);

        Assert.Throws<InvalidDataException>(() => TokenVectorCache.Decode(bytes));
    }

    [Fact]
    public async Task GetOrAddAsync_RecordOfTextInsteadOfBytes_IsMadeAgain()
    {
        var model = new CountingTokens();
        using var cache = await OpenAsync("m1");
        await cache.GetOrAddAsync(model, ["alpha"]);
        await ExecuteAsync("UPDATE token_vectors SET data = 'hello'");

        var again = await cache.GetOrAddAsync(model, ["alpha"]);

        Assert.Equal(["alpha", "alpha"], model.Seen);
        Assert.Equal(CountingTokens.IdsOf("alpha"), again[0].Ids);
    }

    [Fact]
    public async Task OpenAsync_BudgetLoweredBelowWhatTheFileHolds_EvictsAndShrinksTheFile()
    {
        var model = new CountingTokens(tokens: 64, dimensions: 384);
        long perText = TokenVectorCache.Encode(model.Make("x")).Length;
        string path = _folder.Combine("tokens.db");
        using (var cache = await TokenVectorCache.OpenAsync(path, "m1", 1 << 30))
        {
            await cache.WarmAsync(model, [.. Enumerable.Range(0, 40).Select(i => $"text {i}")], 8);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        long before = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);

        using var smaller = await TokenVectorCache.OpenAsync(path, "m1", perText * 10);

        Assert.InRange(smaller.Bytes, 1, perText * 10);
        Assert.InRange(await CountRowsAsync(), 1, 10);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        long after = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
        Assert.True(after < before / 2, $"the file went from {before} to {after} bytes");
    }

    [Fact]
    public async Task OpenAsync_PathThatCannotBeAFile_GivesACacheThatKeepsNothingButStillAnswers()
    {
        var model = new CountingTokens();
        Directory.CreateDirectory(_folder.Combine("tokens.db"));

        using var cache = await OpenAsync("m1");
        var vectors = await cache.GetOrAddAsync(model, ["alpha"]);
        var again = await cache.GetOrAddAsync(model, ["alpha"]);

        Assert.True(cache.Disabled);
        Assert.Equal(CountingTokens.IdsOf("alpha"), again[0].Ids);
        Assert.Equal(vectors[0].Ids, again[0].Ids);
        Assert.Equal(["alpha", "alpha"], model.Seen);
        Assert.Equal(0, await cache.WarmAsync(model, ["beta"], 8));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_folder.Combine("tokens.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task GetOrAddAsync_RecordOfAnotherDimension_IsMadeAgain()
    {
        var model = new CountingTokens(dimensions: 4);
        using (var cache = await TokenVectorCache.OpenAsync(_folder.Combine("tokens.db"), "m1", 1 << 24, dimensions: 4))
        {
            await cache.GetOrAddAsync(model, ["alpha"]);
        }

        var wrong = TokenVectorCache.Encode(new CountingTokens(dimensions: 10).Make("alpha"));
        await ExecuteAsync("UPDATE token_vectors SET data = x'" + Convert.ToHexString(wrong) + "'");
        using var reopened = await TokenVectorCache.OpenAsync(_folder.Combine("tokens.db"), "m1", 1 << 24, dimensions: 4);

        var again = await reopened.GetOrAddAsync(model, ["alpha"]);

        Assert.Equal(["alpha", "alpha"], model.Seen);
        Assert.All(again[0].Vectors, v => Assert.Equal(4, v.Length));
    }

    [Fact]
    public void ModelKey_NamesTheModelAndTheLocalModelsTokenWindow()
    {
        using var window256 = new MiniLmEmbeddingGenerator();
        using var window128 = new MiniLmEmbeddingGenerator(new MiniLmOptions { MaxTokens = 128 });
        using var hashing = new HashingEmbeddingGenerator();

        Assert.Equal(MiniLmEmbeddingGenerator.ModelId + "@256", TokenVectorCache.ModelKey(window256));
        Assert.Equal(MiniLmEmbeddingGenerator.ModelId + "@128", TokenVectorCache.ModelKey(window128));
        Assert.Equal("test-hashing", TokenVectorCache.ModelKey(hashing));
    }

    private Task<TokenVectorCache> OpenAsync(string model) =>
        TokenVectorCache.OpenAsync(_folder.Combine("tokens.db"), model, 1 << 24);

    private async Task<long> CountRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_folder.Combine("tokens.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM token_vectors";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// One token per character (or <c>tokens</c> of them, cycling), and records every text and batch it is asked for.
    /// </summary>
    private sealed class CountingTokens(int? tokens = null, int dimensions = 4) : ITokenEmbeddingGenerator
    {
        public List<string> Seen { get; } = [];

        public List<int> Batches { get; } = [];

        public static int[] IdsOf(string text) => [.. text.Select(c => (int)c)];

        public TokenVectors Make(string text)
        {
            int[] ids = [.. Enumerable.Range(0, tokens ?? text.Length).Select(i => IdsOf(text)[i % text.Length])];
            float[][] vectors = [.. ids.Select(id =>
            {
                var v = new float[dimensions];
                v[id % dimensions] = 1;
                return v;
            })];
            return new TokenVectors(ids, vectors);
        }

        public Task<IReadOnlyList<TokenVectors>> GenerateTokenVectorsAsync(
            IReadOnlyList<string> texts,
            CancellationToken cancellationToken = default)
        {
            Seen.AddRange(texts);
            Batches.Add(texts.Count);
            return Task.FromResult<IReadOnlyList<TokenVectors>>([.. texts.Select(Make)]);
        }
    }
}
