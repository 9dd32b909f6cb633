// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Evaluation;
using SalesCognition.Retrieval.Search;
using SalesCognition.Testing;

namespace SalesCognition.Retrieval.Tests.Evaluation;

public sealed class CmrcEvaluationTests : IDisposable
{
    private const string Set = "retrieval-eval/cmrc2018-zh-retrieval";
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [RequiresDataFact(Set)]
    public async Task RunAsync_ChineseDevSet_HybridNeverFallsBelowBm25AndBeatsPlainRecipe()
    {
        var set = BeirDataset.Load(RepositoryPaths.Data(Set));
        // The hashing generator represents no language at all, so it is gated as soon as a query is more than
        // VectorCjkShareLimit CJK; the local model keeps partial weight up to VectorCjkShareSkip (see README figures).
        using var embeddings = new HashingEmbeddingGenerator();
        var evaluator = new RetrievalEvaluator(embeddings, new RetrievalOptions { VectorCjkShareSkip = 0.2 });

        var report = await evaluator.RunAsync(set, _folder.Path);

        Assert.Equal(1610, report.Queries);
        Assert.True(
            report.Hybrid.NdcgAt10 >= report.Bm25.NdcgAt10,
            $"hybrid {report.Hybrid.NdcgAt10} < bm25 {report.Bm25.NdcgAt10}");
        Assert.True(report.Bm25.NdcgAt10 > 0.986, $"bm25 nDCG@10 {report.Bm25.NdcgAt10} is not above the plain recipe's 0.986");
    }
}
