// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Vectors;
using SalesCognition.Testing;

namespace SalesCognition.Retrieval.Tests.Vectors;

public sealed class EmbeddedVectorIndexTests : IDisposable
{
    private static readonly VectorSpace Space = new("test-model", 3);
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SearchAsync_ReturnsNearestFirst()
    {
        using var index = await OpenAsync();
        await index.ReplaceSourceAsync(
            "t",
            "s1",
            [Entry("x", 1, 0, 0), Entry("y", 0, 1, 0), Entry("xy", 0.7f, 0.7f, 0)]);

        var hits = await index.SearchAsync("t", new float[] { 1, 0, 0 }, 2);

        Assert.Equal(["x", "xy"], hits.Select(h => h.EntryId));
        Assert.Equal(1f, hits[0].Score, 3);
    }

    [Fact]
    public async Task ReplaceSourceAsync_RemovesTheSourcesOldVectors()
    {
        using var index = await OpenAsync();
        await index.ReplaceSourceAsync("t", "s1", [Entry("old", 1, 0, 0)]);
        await index.SearchAsync("t", new float[] { 1, 0, 0 }, 5);

        await index.ReplaceSourceAsync("t", "s1", [Entry("new", 0, 1, 0)]);

        var hits = await index.SearchAsync("t", new float[] { 1, 0, 0 }, 5);
        Assert.Equal(["new"], hits.Select(h => h.EntryId));
        Assert.Equal(1, (await index.CountBySourceAsync("t"))["s1"]);
    }

    [Fact]
    public async Task SearchAsync_OtherTenant_SeesNothing()
    {
        using var index = await OpenAsync();
        await index.ReplaceSourceAsync("a", "s1", [Entry("x", 1, 0, 0)]);

        var hits = await index.SearchAsync("b", new float[] { 1, 0, 0 }, 5);

        Assert.Empty(hits);
    }

    [Fact]
    public async Task GetCachedAsync_ReturnsStoredVectorsByContentHash()
    {
        using var index = await OpenAsync();
        await index.ReplaceSourceAsync("t", "s1", [Entry("x", 0, 0, 1)]);

        var cached = await index.GetCachedAsync(["hash-x", "hash-unknown"]);

        Assert.Equal(["hash-x"], cached.Keys);
        Assert.Equal(new float[] { 0, 0, 1 }, cached["hash-x"].ToArray());
    }

    [Fact]
    public async Task OpenAsync_Reopened_KeepsVectors()
    {
        using (var index = await OpenAsync())
        {
            await index.ReplaceSourceAsync("t", "s1", [Entry("x", 1, 0, 0)]);
        }

        using var reopened = await OpenAsync();

        Assert.Equal("x", Assert.Single(await reopened.SearchAsync("t", new float[] { 1, 0, 0 }, 3)).EntryId);
    }

    [Theory]
    [InlineData("other-model", 3)]
    [InlineData("test-model", 4)]
    public async Task OpenAsync_AnotherModel_FailsNamingBothModels(string model, int dimensions)
    {
        using (await OpenAsync())
        {
        }

        var error = await Assert.ThrowsAsync<VectorSpaceMismatchException>(
            () => EmbeddedVectorIndex.OpenAsync(_folder.Combine("vectors.db"), new VectorSpace(model, dimensions)));

        Assert.Contains("test-model", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{model}' ({dimensions} dims", error.Message, StringComparison.Ordinal);
        Assert.Contains(
            "run `reindex` to rebuild the vectors with the configured model",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplaceSourceAsync_WrongDimension_IsRejectedAndNothingIsWritten()
    {
        using var index = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => index.ReplaceSourceAsync(
            "t",
            "s1",
            [Entry("ok", 1, 0, 0), new VectorEntry("bad", "h", new float[] { 1, 0 })]));

        Assert.Empty(await index.CountBySourceAsync("t"));
    }

    [Fact]
    public async Task SearchAsync_WithPassageWeight_RanksAnEntryByItsBestPassage()
    {
        using var index = await OpenAsync();
        await index.ReplaceSourceAsync(
            "t",
            "s1",
            [Entry("whole", 0.75f, 0.66f, 0), WithPassages(Entry("long", 0.6f, 0.8f, 0), (1, 0, 0), (0, 0, 1))]);
        float[] query = [1, 0, 0];

        var plain = await index.SearchAsync("t", query, 2);
        var blended = await index.SearchAsync("t", query, 2, passageWeight: 0.5f);

        Assert.Equal(["whole", "long"], plain.Select(h => h.EntryId));
        Assert.Equal(["long", "whole"], blended.Select(h => h.EntryId));
        Assert.Equal(0.8f, blended[0].Score, 3);
        Assert.Equal(1f, blended[0].PassageScore!.Value, 3);
        Assert.Equal(0.6f, blended[0].WholeScore!.Value, 3);
        Assert.Null(blended[1].PassageScore);
    }

    [Fact]
    public async Task Passages_SurviveReopening_AndGoWithTheirSource()
    {
        using (var index = await OpenAsync())
        {
            await index.ReplaceSourceAsync(
                "t",
                "s1",
                [Entry("whole", 0.75f, 0.66f, 0), WithPassages(Entry("long", 0.6f, 0.8f, 0), (1, 0, 0))]);
        }

        using var reopened = await OpenAsync();
        var hits = await reopened.SearchAsync("t", new float[] { 1, 0, 0 }, 2, passageWeight: 0.5f);
        Assert.Equal("long", hits[0].EntryId);

        await reopened.ReplaceSourceAsync("t", "s1", [Entry("long", 0.6f, 0.8f, 0)]);
        hits = await reopened.SearchAsync("t", new float[] { 1, 0, 0 }, 1, passageWeight: 0.5f);
        Assert.Null(hits[0].PassageScore);
        using var again = await OpenAsync();
        hits = await again.SearchAsync("t", new float[] { 1, 0, 0 }, 1, passageWeight: 0.5f);
        Assert.Null(hits[0].PassageScore);
    }

    [Fact]
    public async Task ReplaceSourceAsync_PassageOfWrongDimension_IsRejected()
    {
        using var index = await OpenAsync();
        var bad = Entry("e", 1, 0, 0) with { Passages = [new PassageVector("p", new float[] { 1, 0 })] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => index.ReplaceSourceAsync("t", "s1", [bad]));

        Assert.Contains("'e'", error.Message, StringComparison.Ordinal);
        Assert.Empty(await index.SearchAsync("t", new float[] { 1, 0, 0 }, 5));
    }

    private static VectorEntry WithPassages(VectorEntry entry, params (float X, float Y, float Z)[] passages) =>
        entry with
        {
            Passages = [.. passages.Select((p, i) => new PassageVector(
                $"{entry.ContentHash}-p{i}",
                Entry("p", p.X, p.Y, p.Z).Vector))],
        };

    private Task<EmbeddedVectorIndex> OpenAsync() => EmbeddedVectorIndex.OpenAsync(
        _folder.Combine("vectors.db"),
        Space);

    private static VectorEntry Entry(string id, float x, float y, float z)
    {
        var norm = MathF.Sqrt((x * x) + (y * y) + (z * z));
        return new VectorEntry(id, "hash-" + id, new[] { x / norm, y / norm, z / norm });
    }
}
