// Copyright (c) SalesCognition. All rights reserved.

using System.Text;
using Microsoft.Extensions.Logging.Testing;
using SalesCognition.Retrieval.Text;

namespace SalesCognition.Retrieval.Tests.Text;

public sealed class LuceneTextIndexTests : IDisposable
{
    private const string Tenant = "acme";
    private const string OtherTenant = "globex";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sc-text-" + Guid.NewGuid().ToString("N"));
    private LuceneTextIndex _index;

    public LuceneTextIndexTests()
    {
        _index = new LuceneTextIndex(_folder);
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task SearchAsync_AfterReplace_FindsDocument()
    {
        await ReplaceAsync("s1", Doc("s1", "e1", "网关配置", "网关支持TLS1.3协议"), Doc("s1", "e2", "报价", "报价含税"));

        IReadOnlyList<TextHit> hits = await _index.SearchAsync(Tenant, "网关", 10);

        Assert.Equal(["e1"], Ids(hits));
        Assert.True(hits[0].Score > 0);
    }

    [Fact]
    public async Task ReplaceSourceAsync_ChangedDocuments_LeavesNoStaleDocument()
    {
        await ReplaceAsync("s1", Doc("s1", "e1", "旧标题", "旧版本内容 legacy"), Doc("s1", "e2", "第二节", "legacy appendix"));

        await ReplaceAsync("s1", Doc("s1", "e1", "新标题", "新版本内容 modern"));

        Assert.Empty(await _index.SearchAsync(Tenant, "legacy", 10));
        Assert.Equal(["e1"], Ids(await _index.SearchAsync(Tenant, "modern", 10)));
        Assert.Equal(1, (await _index.CountBySourceAsync(Tenant))["s1"]);
    }

    [Fact]
    public async Task RemoveSourceAsync_ExistingSource_RemovesOnlyItsDocuments()
    {
        await ReplaceAsync("s1", Doc("s1", "e1", "集成", "系统集成方案"));
        await ReplaceAsync("s2", Doc("s2", "e2", "集成", "集成测试报告"));

        await _index.RemoveSourceAsync(Tenant, "s1");

        Assert.Equal(["e2"], Ids(await _index.SearchAsync(Tenant, "集成", 10)));
        Assert.Equal(new Dictionary<string, int> { ["s2"] = 1 }, await _index.CountBySourceAsync(Tenant));
    }

    [Fact]
    public async Task SearchAsync_OtherTenant_SeesNothing()
    {
        await ReplaceAsync("s1", Doc("s1", "e1", "数据安全", "数据安全白皮书"));

        IReadOnlyList<TextHit> hits = await _index.SearchAsync(OtherTenant, "数据安全", 10);

        Assert.Empty(hits);
    }

    [Fact]
    public async Task ReplaceSourceAsync_SameSourceIdInOtherTenant_LeavesFirstTenantIntact()
    {
        await ReplaceAsync("s1", Doc("s1", "e1", "数据安全", "数据安全白皮书"));

        await _index.ReplaceSourceAsync(OtherTenant, "s1", [Doc("s1", "x1", "数据安全", "另一家公司", OtherTenant)]);

        Assert.Equal(["e1"], Ids(await _index.SearchAsync(Tenant, "数据安全", 10)));
        Assert.Equal(["x1"], Ids(await _index.SearchAsync(OtherTenant, "数据安全", 10)));
    }

    [Fact]
    public async Task CountBySourceAsync_SeveralSourcesAndTenants_CountsOnlyTheTenant()
    {
        await ReplaceAsync(
            "s1",
            Doc("s1", "e1", "a", "one"),
            Doc("s1", "e2", "b", "two"),
            Doc("s1", "e3", "c", "three"));
        await ReplaceAsync("s2", Doc("s2", "e4", "d", "four"));
        await _index.ReplaceSourceAsync(OtherTenant, "s3", [Doc("s3", "x1", "e", "five", OtherTenant)]);

        IReadOnlyDictionary<string, int> counts = await _index.CountBySourceAsync(Tenant);

        Assert.Equal(new Dictionary<string, int> { ["s1"] = 3, ["s2"] = 1 }, counts);
    }

    [Theory]
    [InlineData("根因/解决方案")]
    [InlineData("怎么配置?")]
    [InlineData("\"SLA 保障")]
    [InlineData("报价(含税")]
    [InlineData("数据安全 -测试")]
    [InlineData("等保2.0:三级")]
    [InlineData("集成 OR")]
    [InlineData("AND")]
    [InlineData("!")]
    [InlineData("title:网关 AND text:*")]
    [InlineData("网关~2 [1 TO 5] {x} ^3 \\ &&")]
    [InlineData("\uD800 broken 👍🏽")]
    public async Task SearchAsync_HostileQuery_ReturnsWithoutThrowing(string query)
    {
        await SeedHostileCorpusAsync();

        IReadOnlyList<TextHit> hits = await _index.SearchAsync(Tenant, query, 10);

        Assert.NotNull(hits);
    }

    [Theory]
    [InlineData("根因/解决方案", "h1")]
    [InlineData("报价(含税", "h2")]
    [InlineData("等保2.0:三级", "h3")]
    [InlineData("\"SLA 保障", "h4")]
    public async Task SearchAsync_QueryWithSyntaxCharacters_FindsMatchingDocumentFirst(
        string query,
        string expectedFirst)
    {
        await SeedHostileCorpusAsync();

        IReadOnlyList<TextHit> hits = await _index.SearchAsync(Tenant, query, 10);

        Assert.NotEmpty(hits);
        Assert.Equal(expectedFirst, hits[0].EntryId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!?")]
    [InlineData("？！。")]
    [InlineData("-- :: //")]
    public async Task SearchAsync_QueryWithoutTerms_ReturnsEmpty(string query)
    {
        await SeedHostileCorpusAsync();

        IReadOnlyList<TextHit> hits = await _index.SearchAsync(Tenant, query, 10);

        Assert.Empty(hits);
    }

    [Fact]
    public async Task SearchAsync_FullWidthAndHalfWidthQuestion_GiveEqualHits()
    {
        await ReplaceAsync(
            "s1",
            Doc("s1", "e1", "网关怎么配置", "配置步骤"),
            Doc("s1", "e2", "报价", "怎么报价"),
            Doc("s1", "e3", "无关", "unrelated"));

        IReadOnlyList<TextHit> halfWidth = await _index.SearchAsync(Tenant, "怎么配置?", 10);
        IReadOnlyList<TextHit> fullWidth = await _index.SearchAsync(Tenant, "怎么配置？", 10);

        Assert.NotEmpty(halfWidth);
        Assert.Equal(halfWidth, fullWidth);
    }

    [Fact]
    public async Task SearchAsync_FullWidthIndexedText_FoundByHalfWidthQuery()
    {
        await ReplaceAsync("s1", Doc("s1", "e1", "规格", "网关支持ＴＬＳ１．３协议"));

        IReadOnlyList<TextHit> hits = await _index.SearchAsync(Tenant, "TLS1.3", 10);

        Assert.Equal(["e1"], Ids(hits));
    }

    [Theory]
    [InlineData("TLS1.3", "网关支持TLS1.3协议", "旧版网关仅支持TLS1.2协议")]
    [InlineData("K8s", "K8s集群部署指南", "8核CPU，支持s级响应")]
    [InlineData("SM4", "采用SM4国密算法", "SM2签名与4个节点")]
    public async Task SearchAsync_LatinDigitTerm_FindsOnlyExactTerm(string query, string matching, string other)
    {
        await ReplaceAsync("s1", Doc("s1", "match", "", matching), Doc("s1", "other", "", other));

        IReadOnlyList<TextHit> hits = await _index.SearchAsync(Tenant, query, 10);

        Assert.Equal(["match"], Ids(hits));
    }

    [Theory]
    [InlineData("👍", "thumbs")]
    [InlineData("🚀", "rocket")]
    [InlineData("𠮷", "rare")]
    public async Task SearchAsync_EmojiOrRareCharacter_FindsOnlyItsDocument(string query, string expected)
    {
        await ReplaceAsync(
            "s1",
            Doc("s1", "thumbs", "反馈", "客户评价👍"),
            Doc("s1", "rocket", "反馈", "上线速度🚀"),
            Doc("s1", "rare", "反馈", "𠮷野家案例"));

        IReadOnlyList<TextHit> hits = await _index.SearchAsync(Tenant, query, 10);

        Assert.Equal([expected], Ids(hits));
    }

    [Fact]
    public async Task SearchAsync_TitleMatch_RanksAboveBodyMatch()
    {
        await ReplaceAsync(
            "s1",
            Doc("s1", "body", "产品介绍", "本文介绍防火墙的部署方式"),
            Doc("s1", "title", "防火墙", "本文介绍产品的部署方式"));

        IReadOnlyList<TextHit> hits = await _index.SearchAsync(Tenant, "防火墙", 10);

        Assert.Equal(["title", "body"], Ids(hits));
    }

    [Fact]
    public async Task SearchAsync_Top_LimitsHitCount()
    {
        TextDocument[] documents = Enumerable.Range(0, 20)
            .Select(i => Doc("s1", $"e{i}", "合规", $"合规条款 {i}"))
            .ToArray();
        await ReplaceAsync("s1", documents);

        IReadOnlyList<TextHit> hits = await _index.SearchAsync(Tenant, "合规", 5);

        Assert.Equal(5, hits.Count);
        Assert.Equal(hits.OrderByDescending(hit => hit.Score).Select(hit => hit.Score), hits.Select(hit => hit.Score));
    }

    [Fact]
    public async Task SearchAsync_LongPastedParagraph_FindsDocument()
    {
        await ReplaceAsync("s1", Doc("s1", "e1", "灾备方案", "同城双活与异地灾备"), Doc("s1", "e2", "报价", "价格表"));
        string paragraph = LongParagraph(2_000);

        IReadOnlyList<TextHit> hits = await _index.SearchAsync(Tenant, paragraph, 10);

        Assert.Equal(2_000, paragraph.Length);
        Assert.Equal("e1", hits[0].EntryId);
    }

    [Fact]
    public async Task SearchAsync_AfterReopen_DocumentsAreStillThere()
    {
        await ReplaceAsync("s1", Doc("s1", "e1", "持久化", "提交后应当持久保存"));

        _index.Dispose();
        _index = new LuceneTextIndex(_folder);

        Assert.Equal(["e1"], Ids(await _index.SearchAsync(Tenant, "持久", 10)));
        Assert.Equal(1, (await _index.CountBySourceAsync(Tenant))["s1"]);
    }

    [Fact]
    public async Task ReplaceSourceAsync_FailingDocument_KeepsPreviousVersion()
    {
        await ReplaceAsync("s1", Doc("s1", "e1", "原版", "original content"));
        var immenseId = new string('x', 40_000);

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => ReplaceAsync("s1", Doc("s1", "e2", "新版", "replacement content"), Doc("s1", immenseId, "坏", "bad")));
        await ReplaceAsync("s2", Doc("s2", "e3", "其他", "other content"));

        Assert.Equal(["e1"], Ids(await _index.SearchAsync(Tenant, "original", 10)));
        Assert.Empty(await _index.SearchAsync(Tenant, "replacement", 10));
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 1, ["s2"] = 1 }, await _index.CountBySourceAsync(Tenant));
    }

    [Theory]
    [InlineData(OtherTenant, "s1", "e2")]
    [InlineData(Tenant, "s9", "e2")]
    [InlineData(Tenant, "s1", "e1")]
    [InlineData(Tenant, "s1", " ")]
    public async Task ReplaceSourceAsync_InvalidDocument_ThrowsAndChangesNothing(
        string tenant,
        string sourceId,
        string entryId)
    {
        await ReplaceAsync("s1", Doc("s1", "e1", "原版", "original content"));
        TextDocument[] documents =
        [
            Doc("s1", "e1", "新版", "new content"),
            Doc(sourceId, entryId, "新版", "new content", tenant),
        ];

        Assert.Throws<ArgumentException>(() => { _ = _index.ReplaceSourceAsync(Tenant, "s1", documents); });

        Assert.Equal(["e1"], Ids(await _index.SearchAsync(Tenant, "original", 10)));
    }

    [Fact]
    public async Task SearchAsync_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _index.SearchAsync(Tenant, "网关", 10, cts.Token));
    }

    [Fact]
    public async Task ReplaceSourceAsync_CancelledToken_WritesNothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _index.ReplaceSourceAsync(Tenant, "s1", [Doc("s1", "e1", "网关", "网关")], cts.Token));

        Assert.Empty(await _index.CountBySourceAsync(Tenant));
    }

    [Fact]
    public async Task SearchAsync_AfterDispose_ThrowsObjectDisposed()
    {
        _index.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => _index.SearchAsync(Tenant, "网关", 10));
    }

    [Fact]
    public void Dispose_Twice_DoesNotThrow()
    {
        _index.Dispose();

        Exception? error = Record.Exception(_index.Dispose);

        Assert.Null(error);
    }

    [Fact]
    public async Task SearchAsync_ConcurrentWithWrites_AlwaysSeesWholeSources()
    {
        await ReplaceAsync("s1", Doc("s1", "a", "并发", "并发测试"), Doc("s1", "b", "并发", "并发测试"));

        Task writer = Task.Run(async () =>
        {
            for (int i = 0; i < 20; i++)
            {
                await ReplaceAsync("s1", Doc("s1", "a", "并发", $"并发测试 {i}"), Doc("s1", "b", "并发", $"并发测试 {i}"));
            }
        });
        var counts = new List<int>();
        do
        {
            counts.Add((await _index.SearchAsync(Tenant, "并发", 10)).Count);
        }
        while (!writer.IsCompleted);

        await writer;
        Assert.All(counts, count => Assert.Equal(2, count));
    }

    [Fact]
    public async Task ReplaceSourceAsync_Success_LogsSourceReplacedWithoutText()
    {
        var logger = new FakeLogger<LuceneTextIndex>();
        _index.Dispose();
        _index = new LuceneTextIndex(_folder, logger);

        await ReplaceAsync("s1", Doc("s1", "e1", "机密标题", "机密正文"));

        FakeLogRecord record = Assert.Single(logger.Collector.GetSnapshot(), r => r.Id.Name == "TextSourceReplaced");
        Assert.Equal(2001, record.Id.Id);
        Assert.DoesNotContain("机密", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplaceSourceAsync_FailingDocument_LogsRollback()
    {
        var logger = new FakeLogger<LuceneTextIndex>();
        _index.Dispose();
        _index = new LuceneTextIndex(_folder, logger);

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => ReplaceAsync("s1", Doc("s1", new string('x', 40_000), "坏", "bad")));

        FakeLogRecord record = Assert.Single(logger.Collector.GetSnapshot(), r => r.Id.Name == "TextWriteRolledBack");
        Assert.NotNull(record.Exception);
    }

    private static TextDocument Doc(
        string sourceId,
        string entryId,
        string title,
        string text,
        string tenant = Tenant) =>
        new(entryId, tenant, sourceId, "section", title, text);

    private static List<string> Ids(IEnumerable<TextHit> hits) => hits.Select(hit => hit.EntryId).ToList();

    private static string LongParagraph(int length)
    {
        var builder = new StringBuilder();
        string[] sentences =
        [
            "客户希望了解同城双活与异地灾备的建设思路，",
            "包括RPO和RTO指标、K8s集群的跨机房部署、TLS1.3加密传输，",
            "以及等保2.0三级对备份恢复的要求（含每年一次的演练）。",
            "Please also cover SLA penalties, on-call escalation and the customer's audit rights. ",
        ];
        for (int i = 0; builder.Length < length; i++)
        {
            builder.Append(sentences[i % sentences.Length]);
        }

        return builder.ToString(0, length);
    }

    private async Task SeedHostileCorpusAsync() =>
        await ReplaceAsync(
            "s1",
            Doc("s1", "h1", "根因分析", "故障根因与解决方案"),
            Doc("s1", "h2", "报价", "报价含税说明"),
            Doc("s1", "h3", "等保2.0", "等保2.0三级要求"),
            Doc("s1", "h4", "SLA", "SLA 保障条款"));

    private Task ReplaceAsync(string sourceId, params TextDocument[] documents) =>
        _index.ReplaceSourceAsync(Tenant, sourceId, documents);
}
