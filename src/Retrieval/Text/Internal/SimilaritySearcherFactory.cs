// Copyright (c) SalesCognition. All rights reserved.

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SalesCognition.Retrieval.Text.Internal;

/// <summary>Creates searchers that score with the same similarity the writer indexed with.</summary>
internal sealed class SimilaritySearcherFactory(Similarity similarity) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
}
