// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Vectors;

namespace SalesCognition.Retrieval.Tests.Vectors;

/// <summary>
/// The contract of <see cref="IVectorIndex"/>, run against every implementation. Each subclass opens indexes on one
/// store of its own (a file, a collection) that lives as long as the test.
/// </summary>
public abstract class VectorIndexContractTests
{
    protected static readonly VectorSpace Space = new("contract-model", 3);

    /// <summary>Opens the index on this test's store (again, when called twice).</summary>
    protected abstract Task<IVectorIndex> OpenAsync(VectorSpace space);

    [Fact]
    public virtual async Task SearchAsync_SeveralEntries_ReturnsNearestFirst()
    {
        using var index = await OpenAsync(Space);
        await index.ReplaceSourceAsync("t", "s1", [Entry("x", 1, 0, 0), Entry("y", 0, 1, 0), Entry("xy", 1, 1, 0)]);

        var hits = await index.SearchAsync("t", Unit(1, 0.2f, 0), 2);

        Assert.Equal(["x", "xy"], hits.Select(h => h.EntryId));
        Assert.Equal(Dot(Unit(1, 0.2f, 0), Unit(1, 0, 0)), hits[0].Score, 3);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public virtual async Task ReplaceSourceAsync_SecondCall_RemovesOldVectorsAndPassages()
    {
        using var index = await OpenAsync(Space);
        await index.ReplaceSourceAsync("t", "s1", [Entry("old", 1, 0, 0, Passage("old-p", 0, 0, 1))]);
        await index.ReplaceSourceAsync("t", "s2", [Entry("other", 0, 1, 0)]);

        await index.ReplaceSourceAsync("t", "s1", [Entry("new", 1, 1, 0)]);

        var hits = await index.SearchAsync("t", Unit(0, 0, 1), 5, passageWeight: 0.5f);
        Assert.Equal(["new", "other"], hits.Select(h => h.EntryId).Order(StringComparer.Ordinal));
        Assert.All(hits, h => Assert.Null(h.PassageScore));
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 1, ["s2"] = 1 }, await index.CountBySourceAsync("t"));
    }

    [Fact]
    public virtual async Task RemoveSourceAsync_RemovesOnlyThatSource()
    {
        using var index = await OpenAsync(Space);
        await index.ReplaceSourceAsync("t", "s1", [Entry("a", 1, 0, 0, Passage("a-p", 0, 0, 1))]);
        await index.ReplaceSourceAsync("t", "s2", [Entry("b", 0, 1, 0)]);

        await index.RemoveSourceAsync("t", "s1");

        var hits = await index.SearchAsync("t", Unit(1, 0, 1), 5, passageWeight: 0.5f);
        Assert.Equal(["b"], hits.Select(h => h.EntryId));
        Assert.Equal(["s2"], (await index.CountBySourceAsync("t")).Keys);
    }

    [Fact]
    public virtual async Task SearchAsync_OtherTenant_SeesOnlyItsOwnVectors()
    {
        using var index = await OpenAsync(Space);
        await index.ReplaceSourceAsync("a", "s1", [Entry("from-a", 1, 0, 0, Passage("a-p", 1, 0, 0))]);
        await index.ReplaceSourceAsync("b", "s1", [Entry("from-b", 0, 1, 0)]);

        var seenByB = await index.SearchAsync("b", Unit(1, 0, 0), 5, passageWeight: 0.5f);
        var seenByC = await index.SearchAsync("c", Unit(1, 0, 0), 5);

        Assert.Equal(["from-b"], seenByB.Select(h => h.EntryId));
        Assert.Empty(seenByC);
        Assert.Equal(["s1"], (await index.CountBySourceAsync("a")).Keys);
        Assert.Empty(await index.CountBySourceAsync("c"));
    }

    [Fact]
    public virtual async Task GetCachedAsync_WholeAndPassageHashes_ReturnsStoredVectors()
    {
        using var index = await OpenAsync(Space);
        await index.ReplaceSourceAsync("t", "s1", [Entry("x", 0, 0, 1, Passage("x-p", 0, 1, 0))]);

        var cached = await index.GetCachedAsync(["hash-x", "passage:x-p", "hash-unknown"]);

        Assert.Equal(["hash-x", "passage:x-p"], cached.Keys.Order(StringComparer.Ordinal));
        AssertVector(Unit(0, 0, 1), cached["hash-x"]);
        AssertVector(Unit(0, 1, 0), cached["passage:x-p"]);
    }

    [Fact]
    public virtual async Task SearchAsync_PassageWeight_BlendsBestPassageIntoScoreAndOrder()
    {
        using var index = await OpenAsync(Space);
        await index.ReplaceSourceAsync(
            "t",
            "s1",
            [
                Entry("long", 0, 1, 0, Passage("far", 0, 0, 1), Passage("near", 1, 0.1f, 0)),
                Entry("short", 1, 2, 0),
            ]);
        var query = Unit(1, 0, 0);

        var plain = await index.SearchAsync("t", query, 2);
        var blended = await index.SearchAsync("t", query, 2, passageWeight: 0.6f);

        Assert.Equal(["short", "long"], plain.Select(h => h.EntryId));
        Assert.Equal(["long", "short"], blended.Select(h => h.EntryId));
        var whole = Dot(query, Unit(0, 1, 0));
        var best = Dot(query, Unit(1, 0.1f, 0));
        Assert.Equal(whole, blended[0].WholeScore!.Value, 3);
        Assert.Equal(best, blended[0].PassageScore!.Value, 3);
        Assert.Equal((0.4f * whole) + (0.6f * best), blended[0].Score, 3);
        Assert.Null(blended[1].PassageScore);
        Assert.Equal(Dot(query, Unit(1, 2, 0)), blended[1].Score, 3);
    }

    [Fact]
    public virtual async Task ReplaceSourceAsync_WrongDimension_ThrowsAndWritesNothing()
    {
        using var index = await OpenAsync(Space);
        await index.ReplaceSourceAsync("t", "s1", [Entry("kept", 1, 0, 0)]);
        var bad = new VectorEntry("bad", "hash-bad", Unit(0, 1, 0))
        {
            Passages = [new PassageVector("passage:short", new float[] { 1, 0 })],
        };

        await Assert.ThrowsAsync<ArgumentException>(
            () => index.ReplaceSourceAsync("t", "s1", [Entry("good", 0, 1, 0), bad]));

        var hits = await index.SearchAsync("t", Unit(0, 1, 0), 5);
        Assert.Equal(["kept"], hits.Select(h => h.EntryId));
        Assert.Empty(await index.GetCachedAsync(["hash-good", "hash-bad"]));
    }

    [Fact]
    public virtual async Task CountBySourceAsync_EntriesWithPassages_CountsEntriesOnly()
    {
        using var index = await OpenAsync(Space);
        await index.ReplaceSourceAsync(
            "t",
            "s1",
            [Entry("a", 1, 0, 0, Passage("a1", 1, 0, 0), Passage("a2", 0, 1, 0)), Entry("b", 0, 1, 0)]);
        await index.ReplaceSourceAsync("t", "s2", [Entry("c", 0, 0, 1, Passage("c1", 0, 0, 1))]);

        var counts = await index.CountBySourceAsync("t");

        Assert.Equal(new Dictionary<string, int> { ["s1"] = 2, ["s2"] = 1 }, counts);
    }

    [Fact]
    public virtual async Task OpenAsync_ReopenedWithAnotherModel_ThrowsVectorSpaceMismatch()
    {
        using (await OpenAsync(Space))
        {
            // Empty: the recorded model alone must refuse another one.
        }

        var ex = await Assert.ThrowsAsync<VectorSpaceMismatchException>(() => OpenAsync(Space with { ModelId = "other" }));

        Assert.Equal(Space, ex.Stored);
        using var again = await OpenAsync(Space);
        Assert.Equal(Space, again.Space);
    }

    [Fact]
    public virtual async Task OpenAsync_ReopenedWithAnotherDimension_ThrowsVectorSpaceMismatch()
    {
        using (var index = await OpenAsync(Space))
        {
            await index.ReplaceSourceAsync("t", "s1", [Entry("x", 1, 0, 0)]);
        }

        var ex = await Assert.ThrowsAsync<VectorSpaceMismatchException>(() => OpenAsync(Space with { Dimensions = 4 }));

        Assert.Equal(3, ex.Stored!.Dimensions);
        Assert.Equal(4, ex.Configured!.Dimensions);
    }

    protected static VectorEntry Entry(string id, float x, float y, float z, params PassageVector[] passages) =>
        new(id, "hash-" + id, Unit(x, y, z)) { Passages = passages };

    protected static PassageVector Passage(string id, float x, float y, float z) => new("passage:" + id, Unit(x, y, z));

    protected static float[] Unit(float x, float y, float z)
    {
        var length = MathF.Sqrt((x * x) + (y * y) + (z * z));
        return [x / length, y / length, z / length];
    }

    private static float Dot(float[] a, float[] b) => (a[0] * b[0]) + (a[1] * b[1]) + (a[2] * b[2]);

    private static void AssertVector(float[] expected, ReadOnlyMemory<float> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual.Span[i], 4);
        }
    }
}
