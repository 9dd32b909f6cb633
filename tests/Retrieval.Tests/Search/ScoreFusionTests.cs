// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Search;
using SalesCognition.Retrieval.Search.Internal;
using SalesCognition.Retrieval.Text;
using SalesCognition.Retrieval.Vectors;

namespace SalesCognition.Retrieval.Tests.Search;

public sealed class ScoreFusionTests
{
    private static readonly TextHit[] s_text = [new("a", 10f), new("b", 6f), new("c", 2f)];
    private static readonly VectorHit[] s_vectors = [new("c", 0.9f), new("a", 0.5f)];

    [Fact]
    public void Fuse_Rrf_AddsWeightedReciprocalRanks()
    {
        var options = new RetrievalOptions
        {
            Fusion = FusionMethods.ReciprocalRank,
            RrfK = 10,
            TextWeight = 1,
            VectorWeight = 2,
        };

        var fused = ScoreFusion.Fuse(
            s_text,
            s_vectors,
            options,
            new VectorLegDecision(2, null)).ToDictionary(p => p.Id, p => p.Score);

        Assert.Equal((1.0 / 11) + (2.0 / 12), fused["a"].Fused, 12);
        Assert.Equal(1.0 / 12, fused["b"].Fused, 12);
        Assert.Equal((1.0 / 13) + (2.0 / 11), fused["c"].Fused, 12);
        Assert.Equal(FusionMethods.ReciprocalRank, fused["a"].Fusion);
    }

    [Fact]
    public void Fuse_MinMax_NormalisesEachLegToUnitRange()
    {
        var options = new RetrievalOptions { Fusion = FusionMethods.MinMax, TextWeight = 1, VectorWeight = 0.5 };

        var fused = ScoreFusion.Fuse(s_text, s_vectors, options, new VectorLegDecision(0.5, null));

        // a: text (10-2)/8 = 1, vector (0.5-0.5)/0.4 = 0; b: 0.5 + 0; c: 0 + 0.5 * 1.
        Assert.Equal(["a", "b", "c"], fused.Select(p => p.Id));
        Assert.Equal(1.0, fused[0].Score.Fused, 9);
        Assert.Equal(0.5, fused[1].Score.Fused, 9);
        Assert.Equal(0.5, fused[2].Score.Fused, 9);
    }

    [Fact]
    public void Fuse_SkippedVectorLeg_KeepsBm25OrderAndNote()
    {
        var fused = ScoreFusion.Fuse(
            s_text,
            [],
            new RetrievalOptions(),
            new VectorLegDecision(0, "vector leg skipped: test"));

        Assert.Equal(["a", "b", "c"], fused.Select(p => p.Id));
        Assert.All(fused, p => Assert.Equal("vector leg skipped: test", p.Score.VectorNote));
    }
}
