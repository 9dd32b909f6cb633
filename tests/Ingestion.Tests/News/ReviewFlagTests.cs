// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Review;
using SalesCognition.Ingestion.Pipeline;

namespace SalesCognition.Ingestion.Tests.News;

public sealed class ReviewFlagTests
{
    private const string News = """
        ---
        title: 北辰检索 5.0 发布
        kind: news
        date: 2026-10-15
        products: [北辰检索]
        ---

        北辰检索 5.0 新增多因素认证（MFA）。
        """;

    private const string Card = """
        ---
        title: Battle card vs Beichen
        kind: battlecard
        ---

        北辰检索没有多因素认证；Beichen Search has no MFA.
        """;

    private const string OtherDoc = """
        ---
        title: Plain doc
        ---

        北辰检索 is mentioned in an ordinary document, which is not a battle card.
        """;

    [Fact]
    public async Task Ingest_NewsThenCard_FlagsTheCardWithTheNews()
    {
        using var fixture = await NewsFixture.CreateAsync();
        var news = fixture.Folder.Write("news/beichen.md", News);
        var card = fixture.Folder.Write("cards/card.md", Card);
        fixture.Folder.Write("docs/plain.md", OtherDoc);

        await fixture.Pipeline.IngestAsync([news]);
        await fixture.Pipeline.IngestAsync([card, fixture.Folder.Combine("docs")]);
        var flags = await fixture.Reviews.ListAsync();

        var flag = Assert.Single(flags);
        Assert.Equal("北辰检索 5.0 发布", flag.NewsTitle);
        Assert.Equal("2026-10-15", flag.NewsDate);
        Assert.EndsWith("cards/card.md", flag.SourceId, StringComparison.Ordinal);
        Assert.Equal(ReviewState.Open, flag.State);
    }

    [Fact]
    public async Task Ingest_CardThenNews_FlagsTheCard()
    {
        using var fixture = await NewsFixture.CreateAsync();
        var news = fixture.Folder.Write("news/beichen.md", News);
        var card = fixture.Folder.Write("cards/card.md", Card);

        await fixture.Pipeline.IngestAsync([card]);
        var before = await fixture.Reviews.ListAsync();
        await fixture.Pipeline.IngestAsync([news]);
        var after = await fixture.Reviews.ListAsync();

        Assert.Empty(before);
        Assert.Equal("北辰检索 5.0 发布", Assert.Single(after).NewsTitle);
    }

    [Fact]
    public async Task ConfirmAsync_ThenNewsReingested_StaysConfirmed()
    {
        using var fixture = await NewsFixture.CreateAsync();
        var news = fixture.Folder.Write("news/beichen.md", News);
        var card = fixture.Folder.Write("cards/card.md", Card);
        await fixture.Pipeline.IngestAsync([card, news]);
        var entryId = Assert.Single(await fixture.Reviews.ListAsync()).EntryId;

        var confirmed = await fixture.Reviews.ConfirmAsync(entryId, "still true: their MFA is SMS only");
        await fixture.Pipeline.IngestAsync([news]);
        File.WriteAllText(news, News + "\n更多细节。\n");
        var edited = await fixture.Pipeline.IngestAsync([news]);
        var open = await fixture.Reviews.ListAsync();
        var all = await fixture.Reviews.ListAsync(includeResolved: true);

        Assert.Equal(1, confirmed);
        Assert.Equal(1, edited.Updated);
        Assert.Empty(open);
        var flag = Assert.Single(all);
        Assert.Equal(ReviewState.Confirmed, flag.State);
        Assert.Equal("still true: their MFA is SMS only", flag.Note);
    }

    [Fact]
    public async Task Ingest_CardUpdated_ClearsItsFlagsAndDoesNotReflag()
    {
        using var fixture = await NewsFixture.CreateAsync();
        var news = fixture.Folder.Write("news/beichen.md", News);
        var card = fixture.Folder.Write("cards/card.md", Card);
        await fixture.Pipeline.IngestAsync([news, card]);
        Assert.Single(await fixture.Reviews.ListAsync());

        File.WriteAllText(
            card,
            Card.Replace("has no MFA", "now has MFA (5.0); we win on audit export", StringComparison.Ordinal));
        var report = await fixture.Pipeline.IngestAsync([card]);
        var open = await fixture.Reviews.ListAsync();
        var all = await fixture.Reviews.ListAsync(includeResolved: true);

        Assert.Equal(1, report.Updated);
        Assert.Empty(open);
        Assert.All(all, f => Assert.Equal(ReviewState.Cleared, f.State));
    }

    [Fact]
    public async Task RemoveAsync_News_DropsTheFlagsItRaised()
    {
        using var fixture = await NewsFixture.CreateAsync();
        var news = fixture.Folder.Write("news/beichen.md", News);
        var card = fixture.Folder.Write("cards/card.md", Card);
        await fixture.Pipeline.IngestAsync([news, card]);

        var report = await fixture.Pipeline.RemoveAsync([news]);
        var all = await fixture.Reviews.ListAsync(includeResolved: true);

        Assert.Equal(1, report.Removed);
        Assert.Empty(all);
    }

    [Fact]
    public async Task Ingest_Sample_BattleCardIsFlaggedBySampleNews()
    {
        using var fixture = await NewsFixture.CreateAsync();
        var samples = Testing.RepositoryPaths.Samples;

        var report = await fixture.Pipeline.IngestAsync([Path.Combine(
            samples,
            "battlecards"), Path.Combine(samples, "news")]);
        var flags = await fixture.Reviews.ListAsync();

        Assert.Empty(report.Failed);
        Assert.NotEmpty(flags);
        Assert.All(flags, f => Assert.EndsWith("lumina-vs-beichen.md", f.SourceId, StringComparison.Ordinal));
        Assert.All(flags, f => Assert.StartsWith("北辰检索 5.0", f.NewsTitle, StringComparison.Ordinal));
        Assert.Equal(SourceOutcome.Added, report.Sources[0].Outcome);
    }
}
