// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Embeddings;
using SalesCognition.Retrieval.Vectors;
using SalesCognition.Testing;

namespace SalesCognition.Retrieval.Tests.Vectors;

public sealed class VectorEntryEmbedderTests : IDisposable
{
    private const string Body = "Gateways terminate TLS 1.3 at the edge. Keys rotate every ninety days.";
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EmbedAsync_EmbedsWholeTextsAndPassages_ThenReusesTheIndexCache()
    {
        using var generator = new HashingEmbeddingGenerator();
        using var index = await EmbeddedVectorIndex.OpenAsync(_folder.Combine("v.db"), new VectorSpace("test-hashing", 64));
        EmbeddingInput[] inputs =
        [
            new("long", "h-long", "Gateway\n" + Body, Body),
            new("short", "h-short", "One sentence only", "One sentence only"),
        ];

        var first = await VectorEntryEmbedder.EmbedAsync(generator, index, inputs, batchSize: 2);
        await index.ReplaceSourceAsync("t", "s", first.Entries);
        var second = await VectorEntryEmbedder.EmbedAsync(generator, index, inputs, batchSize: 2);

        Assert.Equal(4, first.Embedded);
        Assert.Equal(["long", "short"], first.Entries.Select(e => e.EntryId));
        Assert.Equal(2, first.Entries[0].Passages.Count);
        Assert.Empty(first.Entries[1].Passages);
        Assert.Equal(Passages.Hash("Keys rotate every ninety days."), first.Entries[0].Passages[1].ContentHash);
        Assert.Equal(0, second.Embedded);
        Assert.Equal(
            first.Entries[0].Passages[1].Vector.ToArray(),
            second.Entries[0].Passages[1].Vector.ToArray());
    }

    [Fact]
    public async Task EmbedAsync_WithATokenCache_KeepsTheWholeTextsTokenVectorsFromTheSameRunAndNotThePassages()
    {
        using var generator = new HashingEmbeddingGenerator(tokens: true);
        using var index = await EmbeddedVectorIndex.OpenAsync(_folder.Combine("v.db"), new VectorSpace("test-hashing", 64));
        using var tokens = await TokenVectorCache.OpenAsync(_folder.Combine("t.db"), "test-hashing", 1 << 24);
        EmbeddingInput[] inputs =
        [
            new("long", "h-long", "Gateway\n" + Body, Body),
            new("short", "h-short", "One sentence only", "One sentence only"),
        ];

        var embedded = await VectorEntryEmbedder.EmbedAsync(generator, index, inputs, batchSize: 8, tokenCache: tokens);

        Assert.Equal(4, embedded.Embedded);
        Assert.Equal(["Gateway\n" + Body, "One sentence only"], generator.CombinedTexts);
        Assert.Equal(generator.CombinedTexts, generator.TokenTexts);
        Assert.Equal(0, await tokens.WarmAsync(generator, ["Gateway\n" + Body, "One sentence only"], 8));
        Assert.Equal(1, await tokens.WarmAsync(generator, ["Keys rotate every ninety days."], 8));
        using var plainGenerator = new HashingEmbeddingGenerator();
        using var plainIndex = await EmbeddedVectorIndex.OpenAsync(_folder.Combine("v2.db"), new VectorSpace("test-hashing", 64));
        var plain = await VectorEntryEmbedder.EmbedAsync(plainGenerator, plainIndex, inputs, batchSize: 8);
        Assert.Equal(plain.Entries[0].Vector.ToArray(), embedded.Entries[0].Vector.ToArray());
        Assert.Equal(plain.Entries[0].Passages[1].Vector.ToArray(), embedded.Entries[0].Passages[1].Vector.ToArray());
    }

    [Fact]
    public async Task EmbedAsync_WithoutPassages_EmbedsWholeTextsOnly()
    {
        using var generator = new HashingEmbeddingGenerator();
        using var index = await EmbeddedVectorIndex.OpenAsync(_folder.Combine("v.db"), new VectorSpace("test-hashing", 64));

        var embedded = await VectorEntryEmbedder.EmbedAsync(
            generator,
            index,
            [new EmbeddingInput("long", "h-long", "Gateway\n" + Body, Body)],
            batchSize: 2,
            passages: false);

        Assert.Equal(1, embedded.Embedded);
        Assert.Empty(embedded.Entries[0].Passages);
    }
}
