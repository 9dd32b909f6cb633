// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Embeddings;
using SalesCognition.Retrieval.Search;
using SalesCognition.Retrieval.Search.Internal;
using SalesCognition.Testing;

namespace SalesCognition.Retrieval.Tests.Search;

public sealed class LateInteractionRerankTests
{
    private static readonly float[] X = [1, 0];
    private static readonly float[] Y = [0, 1];
    private static readonly float[] Between = [0.6f, 0.8f];

    [Fact]
    public void Score_IsTheMeanOfEachQueryTokensBestCosine()
    {
        Assert.Equal((1.0 + 0.8) / 2, LateInteractionRerank.Score([X, Y], [X, Between]), 6);
        Assert.Equal(1.0, LateInteractionRerank.Score([X, Y], [Between, Y, X]), 6);
        Assert.Equal(0, LateInteractionRerank.Score([], [X]));
        Assert.Equal(0, LateInteractionRerank.Score([X], []));
        // A vector of another length (a damaged record) never matches; the others still do.
        Assert.Equal(0, LateInteractionRerank.Score([X], [[1f, 0f, 0f]]));
        Assert.Equal(1.0, LateInteractionRerank.Score([X], [[1f, 0f, 0f], X]), 6);
    }

    [Fact]
    public void Score_WeightsEachQueryToken()
    {
        // X matches fully (1), Y only by 0.8: weights 3 and 1 give (3 + 0.8) / 4.
        Assert.Equal((3 + 0.8) / 4, LateInteractionRerank.Score([X, Y], [X, Between], [3, 1]), 6);
        Assert.Equal(0, LateInteractionRerank.Score([X], [X], [0]));
    }

    [Fact]
    public void InverseDocumentFrequencies_PieceInEveryCandidateWeighsLeast()
    {
        TokenVectors[] documents = [new([1, 2], [X, Y]), new([1, 3], [X, Y]), new([1], [X])];

        var weights = LateInteractionRerank.InverseDocumentFrequencies([1, 2, 9], documents);

        Assert.Equal(Math.Log(4 / 3.5), weights[0], 9);
        Assert.Equal(Math.Log(4 / 1.5), weights[1], 9);
        Assert.Equal(Math.Log(4 / 0.5), weights[2], 9);
    }

    [Fact]
    public async Task ApplyAsync_ReordersTheTopHitsByLateInteractionAndKeepsTheRestBelow()
    {
        // Fused: a 1.0, b 0.9, c 0.8, d 0.5. Depth 3; c matches the query's tokens best, a worst.
        var tokens = new FakeTokens(new()
        {
            ["query"] = [X, Y],
            ["text a"] = [Between],
            ["text b"] = [X, Between],
            ["text c"] = [X, Y],
            ["text d"] = [X, Y],
        });
        var fused = Fused(("a", 1.0), ("b", 0.9), ("c", 0.8), ("d", 0.5));

        var result = await LateInteractionRerank.ApplyAsync(
            tokens, null, "query", null, fused, Texts, new RetrievalOptions { RerankDepth = 3, RerankWeight = 2 }, 1, default);

        Assert.Equal(["c", "b", "a", "d"], result.Select(r => r.Id));
        // Every query piece is in no candidate's ids, so all weigh the same: a late 0.7 (lowest, share 0), b 0.9
        // (share 2/3), c 1.0 (share 1); the bonus is 2 x the fused range 0.2.
        Assert.Equal(0.8 + 0.4, result[0].Score.Fused, 9);
        Assert.Equal(0.9 + (0.4 * 2 / 3), result[1].Score.Fused, 9);
        Assert.Equal(1.0, result[2].Score.Fused, 9);
        Assert.Equal(0.5, result[3].Score.Fused, 9);
        Assert.Equal(1.0, result[0].Score.RerankScore!.Value, 6);
        Assert.Equal(0.8, result[0].Score.FusedBeforeRerank!.Value, 9);
        Assert.Equal(0.8, result[0].Score.FusedBeforeGraph, 9);
        Assert.Null(result[3].Score.RerankScore);
        Assert.Equal(result.Select(r => r.Score.Fused).OrderDescending(), result.Select(r => r.Score.Fused));
        Assert.Equal(["query", "text a", "text b", "text c"], tokens.Seen);
    }

    [Theory]
    [InlineData(0, 0.2, 1.0, true)]
    [InlineData(3, 0.0, 1.0, true)]
    [InlineData(3, 0.2, 0.0, true)]
    [InlineData(3, 0.2, 1.0, false)]
    public async Task ApplyAsync_OffByOptionsLegWeightOrMissingModel_LeavesTheRankingAlone(
        int depth,
        double weight,
        double legWeight,
        bool withModel)
    {
        var tokens = withModel ? new FakeTokens(new()) : null;
        var fused = Fused(("a", 1.0), ("b", 0.9));

        var result = await LateInteractionRerank.ApplyAsync(
            tokens,
            null,
            "query",
            null,
            fused,
            Texts,
            new RetrievalOptions { RerankDepth = depth, RerankWeight = weight },
            legWeight,
            default);

        Assert.Same(fused, result);
    }

    [Fact]
    public async Task ApplyAsync_DepthOne_ScoresTheTopHitOnly()
    {
        var tokens = new FakeTokens(new() { ["query"] = [X], ["text a"] = [Between] });
        var fused = Fused(("a", 1.0), ("b", 0.9));

        var result = await LateInteractionRerank.ApplyAsync(
            tokens, null, "query", null, fused, Texts, new RetrievalOptions { RerankDepth = 1 }, 1, default);

        Assert.Equal(["a", "b"], result.Select(r => r.Id));
        Assert.Equal(0.6, result[0].Score.RerankScore!.Value, 6);
        Assert.Null(result[1].Score.RerankScore);
        Assert.True(result[0].Score.Fused > result[1].Score.Fused);
    }

    [Fact]
    public async Task ApplyAsync_HitWithoutText_KeepsItsFusionScore()
    {
        var tokens = new FakeTokens(new()
        {
            ["query"] = [X],
            ["text a"] = [Y],
            ["text c"] = [X],
        });
        var fused = Fused(("a", 1.0), ("gone", 0.95), ("c", 0.9));

        var result = await LateInteractionRerank.ApplyAsync(
            tokens, null, "query", null, fused, Texts, new RetrievalOptions { RerankDepth = 3, RerankWeight = 2 }, 1, default);

        var gone = result.Single(r => r.Id == "gone");
        Assert.Equal(0.95, gone.Score.Fused, 9);
        Assert.Null(gone.Score.RerankScore);
        Assert.Equal(["c", "a", "gone"], result.Select(r => r.Id));
    }

    [Fact]
    public async Task ApplyAsync_WithACache_ReadsKeptVectorsAndRunsTheModelOnlyOverTheQuery()
    {
        using var folder = new TempDirectory();
        using var cache = await TokenVectorCache.OpenAsync(folder.Combine("tokens.db"), "fake", 1 << 20);
        var byText = new Dictionary<string, float[][]>
        {
            ["query"] = [X, Y],
            ["text a"] = [Between],
            ["text b"] = [X, Between],
            ["text c"] = [X, Y],
        };
        var options = new RetrievalOptions { RerankDepth = 3, RerankWeight = 2 };
        var first = new FakeTokens(byText);
        var uncached = await LateInteractionRerank.ApplyAsync(
            first, null, "query", null, Fused(("a", 1.0), ("b", 0.9), ("c", 0.8)), Texts, options, 1, default);
        await LateInteractionRerank.ApplyAsync(
            first, cache, "query", null, Fused(("a", 1.0), ("b", 0.9), ("c", 0.8)), Texts, options, 1, default);
        var second = new FakeTokens(byText);

        var cached = await LateInteractionRerank.ApplyAsync(
            second, cache, "query", null, Fused(("a", 1.0), ("b", 0.9), ("c", 0.8)), Texts, options, 1, default);

        Assert.Equal(["query"], second.Seen);
        Assert.Equal(uncached.Select(r => r.Id), cached.Select(r => r.Id));
        for (int i = 0; i < cached.Count; i++)
        {
            // Kept vectors are 8-bit: within a percent of the model's.
            Assert.Equal(uncached[i].Score.RerankScore!.Value, cached[i].Score.RerankScore!.Value, 2);
        }
    }

    private static List<(string Id, ScoreBreakdown Score)> Fused(params (string Id, double Score)[] hits) =>
        [.. hits.Select((h, i) => (h.Id, new ScoreBreakdown(i + 1, 1, null, null, h.Score) { FusedBeforeGraph = h.Score }))];

    private static Task<IReadOnlyDictionary<string, string>> Texts(IReadOnlyList<string> ids) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(
            ids.Where(id => id != "gone").ToDictionary(id => id, id => "text " + id, StringComparer.Ordinal));

    /// <summary>Gives each text the vectors it is mapped to; a query's pieces get ids no document piece has.</summary>
    private sealed class FakeTokens(Dictionary<string, float[][]> byText) : ITokenEmbeddingGenerator
    {
        public List<string> Seen { get; } = [];

        public Task<IReadOnlyList<TokenVectors>> GenerateTokenVectorsAsync(
            IReadOnlyList<string> texts,
            CancellationToken cancellationToken = default)
        {
            Seen.AddRange(texts);
            return Task.FromResult<IReadOnlyList<TokenVectors>>([.. texts.Select(t => new TokenVectors(
                [.. byText[t].Select((_, i) => t == "query" ? 1000 + i : i)],
                byText[t]))]);
        }
    }
}
