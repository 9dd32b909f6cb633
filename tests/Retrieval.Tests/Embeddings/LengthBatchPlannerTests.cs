// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Embeddings.Internal;

namespace SalesCognition.Retrieval.Tests.Embeddings;

public sealed class LengthBatchPlannerTests
{
    [Fact]
    public void Plan_MixedLengths_GroupsLongestFirstAndCoversEveryPositionOnce()
    {
        int[] lengths = [5, 40, 3, 40, 12, 7, 2];

        IReadOnlyList<int[]> batches = LengthBatchPlanner.Plan(lengths, batchSize: 3);

        Assert.Equal([[1, 3, 4], [5, 0, 2], [6]], batches);
    }

    [Theory]
    [InlineData(0, 4, 0)]
    [InlineData(1, 4, 1)]
    [InlineData(8, 4, 2)]
    [InlineData(9, 4, 3)]
    public void Plan_Count_MakesCeilingOfCountOverBatchSize(int count, int batchSize, int expectedBatches)
    {
        int[] lengths = [.. Enumerable.Range(0, count).Select(i => (i * 7) % 5)];

        IReadOnlyList<int[]> batches = LengthBatchPlanner.Plan(lengths, batchSize);

        Assert.Equal(expectedBatches, batches.Count);
        Assert.All(batches, batch => Assert.InRange(batch.Length, 1, batchSize));
        Assert.Equal(Enumerable.Range(0, count), batches.SelectMany(b => b).Order());
    }
}
