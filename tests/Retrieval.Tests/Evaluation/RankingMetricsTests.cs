// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Evaluation;

namespace SalesCognition.Retrieval.Tests.Evaluation;

public sealed class RankingMetricsTests
{
    private const double Tolerance = 1e-9;

    private static readonly Dictionary<string, int> s_twoRelevant = new(StringComparer.Ordinal)
    {
        ["a"] = 1,
        ["b"] = 1,
    };

    [Fact]
    public void NdcgAt_RelevantAtRanksOneAndThree_MatchesHandComputedValue()
    {
        // DCG = 1/log2(2) + 1/log2(4) = 1.5; ideal = 1 + 1/log2(3) = 1.6309297535714575.
        string[] ranked = ["a", "x", "b", "y"];

        double ndcg = RankingMetrics.NdcgAt(ranked, s_twoRelevant, 10);

        Assert.Equal(1.5 / (1 + (1 / Math.Log2(3))), ndcg, Tolerance);
        Assert.Equal(0.9197207891481876, ndcg, 1e-12);
    }

    [Fact]
    public void NdcgAt_GradedJudgements_UsesLinearGain()
    {
        // Grades 2 (d2) and 1 (d1), ranked d1, d2: DCG = 1 + 2/log2(3); ideal = 2 + 1/log2(3).
        var judgements = new Dictionary<string, int>(StringComparer.Ordinal) { ["d1"] = 1, ["d2"] = 2 };

        double ndcg = RankingMetrics.NdcgAt(["d1", "d2"], judgements, 10);

        Assert.Equal((1 + (2 / Math.Log2(3))) / (2 + (1 / Math.Log2(3))), ndcg, Tolerance);
    }

    [Fact]
    public void NdcgAt_RelevantBeyondCutoff_CountsNothing()
    {
        string[] ranked = ["x1", "x2", "a"];

        double ndcg = RankingMetrics.NdcgAt(ranked, s_twoRelevant, 2);

        Assert.Equal(0, ndcg);
    }

    [Fact]
    public void NdcgAt_PerfectRanking_IsOne()
    {
        double ndcg = RankingMetrics.NdcgAt(["b", "a", "x"], s_twoRelevant, 10);

        Assert.Equal(1, ndcg, Tolerance);
    }

    [Fact]
    public void NdcgAt_DuplicateId_CountsOnceAtFirstRank()
    {
        // Without de-duplication "a" would count twice and exceed the ideal's single relevant document.
        var judgements = new Dictionary<string, int>(StringComparer.Ordinal) { ["a"] = 1 };

        double ndcg = RankingMetrics.NdcgAt(["a", "a"], judgements, 10);

        Assert.Equal(1, ndcg, Tolerance);
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 0.5)]
    [InlineData(3, 1.0)]
    public void RecallAt_Cutoff_CountsRelevantWithinIt(int k, double expected)
    {
        string[] ranked = ["a", "x", "b"];

        double recall = RankingMetrics.RecallAt(ranked, s_twoRelevant, k);

        Assert.Equal(expected, recall, Tolerance);
    }

    [Fact]
    public void RecallAt_ZeroGradeJudgement_IsNotRelevant()
    {
        var judgements = new Dictionary<string, int>(StringComparer.Ordinal) { ["a"] = 1, ["b"] = 0 };

        double recall = RankingMetrics.RecallAt(["a"], judgements, 10);

        Assert.Equal(1, recall, Tolerance);
    }

    [Theory]
    [InlineData(new[] { "a", "x" }, 1.0)]
    [InlineData(new[] { "x", "y", "b" }, 1.0 / 3)]
    [InlineData(new[] { "x", "y" }, 0.0)]
    public void ReciprocalRankAt_FirstRelevantRank_GivesItsInverse(string[] ranked, double expected)
    {
        double rr = RankingMetrics.ReciprocalRankAt(ranked, s_twoRelevant, 10);

        Assert.Equal(expected, rr, Tolerance);
    }

    [Fact]
    public void ReciprocalRankAt_RelevantBeyondCutoff_IsZero()
    {
        string[] ranked = [.. Enumerable.Range(0, 10).Select(i => $"x{i}"), "a"];

        double rr = RankingMetrics.ReciprocalRankAt(ranked, s_twoRelevant, 10);

        Assert.Equal(0, rr);
    }

    [Fact]
    public void Of_TwoQueries_AveragesEachMetric()
    {
        var one = new Dictionary<string, int>(StringComparer.Ordinal) { ["a"] = 1 };
        var runs = new List<(IReadOnlyList<string>, IReadOnlyDictionary<string, int>)>
        {
            (["a"], one),
            (["x", "a"], one),
        };

        MetricSummary summary = MetricSummary.Of(runs);

        Assert.Equal((1 + (1 / Math.Log2(3))) / 2, summary.NdcgAt10, Tolerance);
        Assert.Equal(0.75, summary.MrrAt10, Tolerance);
        Assert.Equal(1, summary.RecallAt10, Tolerance);
        Assert.Equal(1, summary.RecallAt100, Tolerance);
    }
}
