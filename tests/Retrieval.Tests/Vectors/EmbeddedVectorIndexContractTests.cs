// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Vectors;
using SalesCognition.Testing;

namespace SalesCognition.Retrieval.Tests.Vectors;

/// <summary>The <see cref="IVectorIndex"/> contract on the embedded SQLite index, one file per test.</summary>
public sealed class EmbeddedVectorIndexContractTests : VectorIndexContractTests, IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    protected override async Task<IVectorIndex> OpenAsync(VectorSpace space) =>
        await EmbeddedVectorIndex.OpenAsync(_folder.Combine("vectors.db"), space);
}
