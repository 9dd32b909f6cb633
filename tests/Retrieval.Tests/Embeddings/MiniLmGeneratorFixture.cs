// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging.Testing;
using SalesCognition.Retrieval.Embeddings;

namespace SalesCognition.Retrieval.Tests.Embeddings;

/// <summary>One generator with default options for a test class, so the 90 MB model is loaded once.</summary>
public sealed class MiniLmGeneratorFixture : IDisposable
{
    public MiniLmGeneratorFixture()
    {
        Logger = new FakeLogger<MiniLmEmbeddingGenerator>();
        Generator = new MiniLmEmbeddingGenerator(logger: Logger);
    }

    public MiniLmEmbeddingGenerator Generator { get; }

    public FakeLogger<MiniLmEmbeddingGenerator> Logger { get; }

    public void Dispose() => Generator.Dispose();
}
