// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Evaluation;
using SalesCognition.Testing;

namespace SalesCognition.Retrieval.Tests.Evaluation;

public sealed class BeirDatasetTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_BeirLayout_ReadsJudgedQueriesOnly()
    {
        WriteSet();

        BeirDataset set = BeirDataset.Load(_folder.Path);

        Assert.Equal(["d1", "d2"], set.Corpus.Select(d => d.Id));
        Assert.Equal("Title one", set.Corpus[0].Title);
        Assert.Equal(["q1"], set.Queries.Select(q => q.Id));
        Assert.Equal(1, set.Judgements["q1"]["d2"]);
    }

    [Fact]
    public void Load_JudgementsNamingUnknownDocuments_AreCountedOnlyWhenPositive()
    {
        WriteSet();
        _folder.Write("qrels/dev.tsv", "query-id\tcorpus-id\tscore\nq1\td2\t1\nq1\tgone\t1\nq1\tgone-too\t0\nq2\tlost\t2\n");

        BeirDataset set = BeirDataset.Load(_folder.Path);

        Assert.Equal(2, set.UnknownDocumentJudgements);
        Assert.Equal(0, BeirDataset.Load(_folder.Path, qrelsPath: WriteQrels("q1\td2\t1\n")).UnknownDocumentJudgements);
    }

    [Fact]
    public void Load_QrelsOverride_ScoresOtherQueries()
    {
        WriteSet();
        _folder.Write("held-out.tsv", "query-id\tcorpus-id\tscore\nq2\td1\t1\n");

        BeirDataset set = BeirDataset.Load(_folder.Path, qrelsPath: _folder.Combine("held-out.tsv"));

        Assert.Equal(["q2"], set.Queries.Select(q => q.Id));
    }

    [Fact]
    public void Load_MalformedQrelsLine_NamesFileAndLine()
    {
        WriteSet();
        _folder.Write("qrels/dev.tsv", "query-id\tcorpus-id\tscore\nq1\td2\tnot-a-number\n");

        var ex = Assert.Throws<BeirFormatException>(() => BeirDataset.Load(_folder.Path));

        Assert.Contains("dev.tsv, line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingCorpus_NamesTheFile()
    {
        var ex = Assert.Throws<BeirFormatException>(() => BeirDataset.Load(_folder.Path));

        Assert.Contains("corpus.jsonl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RepeatedDocumentId_NamesBothLines()
    {
        WriteSet();
        _folder.Write("corpus.jsonl", """
            {"_id":"d1","title":"","text":"alpha"}
            {"_id":"d2","title":"","text":"gamma"}
            {"_id":"d1","title":"","text":"again"}
            """);

        var ex = Assert.Throws<BeirFormatException>(() => BeirDataset.Load(_folder.Path));

        Assert.Contains("corpus.jsonl, line 3: '_id' d1 repeats line 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyCorpus_IsAnError()
    {
        WriteSet();
        _folder.Write("corpus.jsonl", "\n");

        var ex = Assert.Throws<BeirFormatException>(() => BeirDataset.Load(_folder.Path));

        Assert.Contains("holds no document", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoQueryJudged_IsAnErrorNamingBothFiles()
    {
        WriteSet();
        _folder.Write("qrels/dev.tsv", "query-id\tcorpus-id\tscore\nq9\td1\t1\n");

        var ex = Assert.Throws<BeirFormatException>(() => BeirDataset.Load(_folder.Path));

        Assert.Contains("dev.tsv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("queries.jsonl", ex.Message, StringComparison.Ordinal);
    }

    private string WriteQrels(string lines)
    {
        _folder.Write("other.tsv", "query-id\tcorpus-id\tscore\n" + lines);
        return _folder.Combine("other.tsv");
    }

    private void WriteSet()
    {
        _folder.Write("corpus.jsonl", """
            {"_id":"d1","title":"Title one","text":"alpha beta","metadata":{}}
            {"_id":"d2","title":"","text":"gamma delta"}
            """);
        _folder.Write("queries.jsonl", """
            {"_id":"q1","text":"gamma","metadata":{}}
            {"_id":"q2","text":"alpha"}
            """);
        _folder.Write("qrels/dev.tsv", "query-id\tcorpus-id\tscore\nq1\td2\t1\n");
    }
}
