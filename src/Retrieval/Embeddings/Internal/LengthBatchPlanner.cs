// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Embeddings.Internal;

/// <summary>
/// Groups inputs of similar token length so each batch is padded only to its own longest member.
/// </summary>
internal static class LengthBatchPlanner
{
    /// <summary>
    /// Returns batches of input positions, longest inputs first, each at most <paramref name="batchSize"/> long.
    /// Every position appears exactly once; equal lengths keep their input order.
    /// </summary>
    public static IReadOnlyList<int[]> Plan(IReadOnlyList<int> lengths, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        int[] order = [.. Enumerable.Range(0, lengths.Count).OrderByDescending(i => lengths[i])];

        return [.. order.Chunk(batchSize)];
    }
}
