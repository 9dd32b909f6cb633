// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Testing;
using SalesCognition.Retrieval.Embeddings;
using SalesCognition.Retrieval.Search.Internal;

namespace SalesCognition.Retrieval.Tests.Embeddings;

public sealed class MiniLmEmbeddingGeneratorTests : IClassFixture<MiniLmGeneratorFixture>
{
    private const string ChineseComplianceParagraph =
        "我们的客户是一家大型银行，今年需要通过等级保护三级测评。"
        + "销售团队在第一次拜访时了解到，对方最关心的是数据在传输和存储过程中的加密方式，"
        + "以及日志能否保存六个月以上。"
        + "我们建议采用私有化部署，并提供完整的审计报告和应急预案。";

    private const string ChineseLogisticsParagraph =
        "这家连锁餐厅在南方有两百多家门店，每天早上五点由中央厨房统一配送新鲜蔬菜和肉类。"
        + "去年冬天因为大雪，好几条高速公路封闭，"
        + "配送车辆只能绕行山路，导致部分门店中午才收到食材，厨师们只好临时调整菜单。";

    private static readonly string[] _sentences =
    [
        "The customer renewed the support contract for three more years.",
        "Our platform encrypts data at rest and in transit.",
        "Pricing depends on the number of active seats.",
        "The competitor announced a cheaper plan last week.",
        "Deployment on premises takes about two weeks.",
    ];

    private readonly MiniLmEmbeddingGenerator _generator;
    private readonly FakeLogCollector _logs;

    public MiniLmEmbeddingGeneratorTests(MiniLmGeneratorFixture fixture)
    {
        _generator = fixture.Generator;
        _logs = fixture.Logger.Collector;
    }

    [Fact]
    public async Task GenerateAsync_Sentences_ReturnsUnitVectorsOf384Dimensions()
    {
        string[] inputs = [_sentences[0], "", "   ", ChineseComplianceParagraph];

        GeneratedEmbeddings<Embedding<float>> result = await _generator.GenerateAsync(inputs);

        Assert.Equal(inputs.Length, result.Count);
        Assert.All(result, embedding =>
        {
            Assert.Equal(MiniLmEmbeddingGenerator.Dimensions, embedding.Vector.Length);
            Assert.Equal(1.0, TensorPrimitives.Norm(embedding.Vector.Span), precision: 4);
            Assert.Equal(MiniLmEmbeddingGenerator.ModelId, embedding.ModelId);
        });
    }

    [Fact]
    public async Task GenerateTokenVectorsAsync_GivesOneUnitVectorPerWordPieceAndMatchesSharedWords()
    {
        string[] inputs = ["audit log", "The gateway writes an audit log of every login.", _sentences[2], ""];

        var tokens = await _generator.GenerateTokenVectorsAsync(inputs);

        Assert.Equal(inputs.Length, tokens.Count);
        Assert.Equal(2, tokens[0].Vectors.Count);
        Assert.Equal(11, tokens[1].Vectors.Count);
        Assert.Empty(tokens[3].Vectors);
        Assert.All(tokens, t => Assert.Equal(t.Ids.Count, t.Vectors.Count));
        Assert.All(tokens[0].Ids, id => Assert.Contains(id, tokens[1].Ids));
        Assert.All(tokens.SelectMany(t => t.Vectors), v => Assert.Equal(1.0, TensorPrimitives.Norm(v), precision: 4));
        double related = LateInteractionRerank.Score(tokens[0].Vectors, tokens[1].Vectors);
        double unrelated = LateInteractionRerank.Score(tokens[0].Vectors, tokens[2].Vectors);
        Assert.True(related > unrelated + 0.2, $"related {related}, unrelated {unrelated}");
    }

    [Fact]
    public async Task GenerateWithTokenVectorsAsync_OneRunGivesWhatTheTwoSeparateCallsGive()
    {
        string[] inputs = ["audit log", "The gateway writes an audit log of every login.", _sentences[2], ""];

        var (embeddings, tokens) = await _generator.GenerateWithTokenVectorsAsync(inputs);
        var pooled = await _generator.GenerateAsync(inputs);
        var separate = await _generator.GenerateTokenVectorsAsync(inputs);

        Assert.Equal(inputs.Length, embeddings.Count);
        for (int i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(MiniLmEmbeddingGenerator.ModelId, embeddings[i].ModelId);
            Assert.Equal(pooled[i].Vector.ToArray(), embeddings[i].Vector.ToArray());
            Assert.Equal(separate[i].Ids, tokens[i].Ids);
            Assert.Equal(separate[i].Vectors.Count, tokens[i].Vectors.Count);
            for (int t = 0; t < tokens[i].Vectors.Count; t++)
            {
                Assert.Equal(separate[i].Vectors[t], tokens[i].Vectors[t]);
            }
        }

        Assert.Equal(pooled.Usage?.InputTokenCount, embeddings.Usage?.InputTokenCount);
    }

    [Fact]
    public async Task GenerateAsync_SameTextTwice_ReturnsIdenticalVectors()
    {
        ReadOnlyMemory<float> first = await _generator.GenerateVectorAsync(_sentences[1]);

        ReadOnlyMemory<float> second = await _generator.GenerateVectorAsync(_sentences[1]);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public async Task GenerateAsync_MixedLengthsOverSeveralBatches_KeepsCallerOrder()
    {
        // 40 inputs of varied length and content: two batches of up to 32, each sorted by length internally.
        string[] inputs =
        [
            .. Enumerable.Range(0, 40).Select(i =>
                string.Join(' ', Enumerable.Repeat(_sentences[i % _sentences.Length], 1 + ((i * 7) % 9))) + $" #{i}"),
        ];

        GeneratedEmbeddings<Embedding<float>> batched = await _generator.GenerateAsync(inputs);

        Assert.Equal(inputs.Length, batched.Count);
        for (int i = 0; i < inputs.Length; i++)
        {
            ReadOnlyMemory<float> single = await _generator.GenerateVectorAsync(inputs[i]);
            float cosine = TensorPrimitives.CosineSimilarity(batched[i].Vector.Span, single.Span);
            Assert.True(cosine > 0.999f, $"Input {i}: batched vs single cosine {cosine}.");
        }
    }

    [Fact]
    public async Task GenerateAsync_ConcurrentCallers_GetTheSameVectorsAsSequentialCalls()
    {
        ReadOnlyMemory<float>[] sequential = new ReadOnlyMemory<float>[_sentences.Length];
        for (int i = 0; i < _sentences.Length; i++)
        {
            sequential[i] = await _generator.GenerateVectorAsync(_sentences[i]);
        }

        ReadOnlyMemory<float>[] concurrent = await Task.WhenAll(
            _sentences.Select(text => Task.Run(() => _generator.GenerateVectorAsync(text))));

        for (int i = 0; i < _sentences.Length; i++)
        {
            Assert.Equal(sequential[i].ToArray(), concurrent[i].ToArray());
        }
    }

    [Fact]
    public async Task GenerateAsync_ShortAndLongInterleaved_PadsEachBatchOnlyToItsOwnLongest()
    {
        var logger = new FakeLogger<MiniLmEmbeddingGenerator>();
        using var generator = new MiniLmEmbeddingGenerator(new MiniLmOptions { BatchSize = 2 }, logger);
        string longText = string.Join(' ', Enumerable.Repeat(_sentences[1], 6));
        string[] inputs = ["short one", longText, "short two", longText];

        await generator.GenerateAsync(inputs);

        int[] sequenceLengths =
        [
            .. logger.Collector.GetSnapshot()
                .Where(record => record.Id.Name == "EmbeddingBatchCompleted")
                .Select(record => record.GetStructuredStateValue("SequenceLength")!)
                .Select(value => int.Parse(value, CultureInfo.InvariantCulture)),
        ];
        Assert.Equal(2, sequenceLengths.Length);
        Assert.True(sequenceLengths[1] <= 5, $"second batch padded to {sequenceLengths[1]} tokens");
        Assert.True(sequenceLengths[0] > 50, $"first batch padded to {sequenceLengths[0]} tokens");
    }

    [Fact]
    public async Task GenerateAsync_RelatedSentences_ScoreHigherThanUnrelated()
    {
        string[] inputs =
        [
            "The client agreed to extend the service agreement for another three years.",
            _sentences[0],
            "Bananas are a good source of potassium.",
        ];

        GeneratedEmbeddings<Embedding<float>> result = await _generator.GenerateAsync(inputs);

        float related = TensorPrimitives.CosineSimilarity(result[0].Vector.Span, result[1].Vector.Span);
        float unrelated = TensorPrimitives.CosineSimilarity(result[0].Vector.Span, result[2].Vector.Span);
        Assert.True(related > unrelated + 0.2f, $"related {related}, unrelated {unrelated}");
    }

    [Fact]
    public async Task GenerateAsync_DifferentUnspacedChineseParagraphs_ReturnsDifferentVectors()
    {
        string[] inputs = [ChineseComplianceParagraph, ChineseLogisticsParagraph];

        GeneratedEmbeddings<Embedding<float>> result = await _generator.GenerateAsync(inputs);

        float cosine = TensorPrimitives.CosineSimilarity(result[0].Vector.Span, result[1].Vector.Span);
        Assert.True(cosine < 0.99f, $"cosine {cosine}");
    }

    [Fact]
    public async Task GenerateAsync_FiveThousandCharacters_IsTruncatedToTheTokenWindow()
    {
        string text = string.Concat(Enumerable.Range(0, 200).Select(i => $"Clause {i} covers {_sentences[i % 5]} "));
        text = text[..5000];
        string prefix = text[..2500];

        GeneratedEmbeddings<Embedding<float>> result = await _generator.GenerateAsync([text, prefix]);

        // Both inputs exceed 256 tokens and share their first 254 pieces, so the model sees the same window.
        Assert.Equal(1.0, TensorPrimitives.Norm(result[0].Vector.Span), precision: 4);
        float cosine = TensorPrimitives.CosineSimilarity(result[0].Vector.Span, result[1].Vector.Span);
        Assert.True(cosine > 0.9999f, $"cosine {cosine}");
        Assert.Equal(512, result.Usage?.InputTokenCount);
    }

    [Fact]
    public async Task GenerateAsync_AlreadyCancelled_ThrowsOperationCanceled()
    {
        using var source = new CancellationTokenSource();
        await source.CancelAsync();

        Task<GeneratedEmbeddings<Embedding<float>>> task =
            _generator.GenerateAsync(_sentences, cancellationToken: source.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
    }

    [Fact]
    public async Task GenerateAsync_CancelledAfterFirstBatch_StopsBeforeTheNextBatch()
    {
        using var source = new CancellationTokenSource();
        var logger = new CancellingLogger("EmbeddingBatchCompleted", afterCount: 1, source);
        using var generator = new MiniLmEmbeddingGenerator(new MiniLmOptions { BatchSize = 4 }, logger);
        string[] inputs = [.. Enumerable.Range(0, 12).Select(i => _sentences[i % _sentences.Length])];

        Task<GeneratedEmbeddings<Embedding<float>>> task =
            generator.GenerateAsync(inputs, cancellationToken: source.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        Assert.Equal(1, logger.Seen);
    }

    [Fact]
    public async Task GenerateAsync_AnyCall_LoadsTheModelOnceAndLogsIt()
    {
        await _generator.GenerateAsync([_sentences[2]]);

        await _generator.GenerateAsync([_sentences[3]]);

        Assert.Single(_logs.GetSnapshot(), record => record.Id.Name == "EmbeddingModelLoaded");
    }

    [Fact]
    public void GetService_Metadata_DescribesTheModel()
    {
        var metadata = _generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal(MiniLmEmbeddingGenerator.ProviderName, metadata.ProviderName);
        Assert.Equal("sentence-transformers/all-MiniLM-L6-v2", metadata.DefaultModelId);
        Assert.Equal(384, metadata.DefaultModelDimensions);
    }

    [Fact]
    public void GetService_Keyed_ReturnsNull()
    {
        object? service = _generator.GetService(typeof(EmbeddingGeneratorMetadata), serviceKey: "other");

        Assert.Null(service);
    }

    [Fact]
    public async Task GenerateAsync_OtherDimensionsRequested_ThrowsArgumentException()
    {
        var options = new EmbeddingGenerationOptions { Dimensions = 768 };

        await Assert.ThrowsAsync<ArgumentException>(() => _generator.GenerateAsync(["x"], options));
    }

    [Fact]
    public async Task GenerateAsync_NullInput_ThrowsArgumentException()
    {
        string[] inputs = ["a", null!];

        await Assert.ThrowsAsync<ArgumentException>(() => _generator.GenerateAsync(inputs));
    }

    [Fact]
    public async Task GenerateAsync_NoInputs_ReturnsEmpty()
    {
        GeneratedEmbeddings<Embedding<float>> result = await _generator.GenerateAsync([]);

        Assert.Empty(result);
    }

    [Theory]
    [InlineData(1, 32)]
    [InlineData(513, 32)]
    [InlineData(256, 0)]
    public void Constructor_OptionsOutOfRange_ThrowsArgumentException(int maxTokens, int batchSize)
    {
        var options = new MiniLmOptions { MaxTokens = maxTokens, BatchSize = batchSize };

        Assert.Throws<ArgumentException>(() => new MiniLmEmbeddingGenerator(options));
    }

    [Fact]
    public void UnknownTokenRatio_EnglishText_IsZero()
    {
        double ratio = MiniLmEmbeddingGenerator.UnknownTokenRatio(_sentences[0]);

        Assert.Equal(0, ratio);
    }

    [Fact]
    public void UnknownTokenRatio_ChineseText_IsPositiveAndAtMostOne()
    {
        double ratio = MiniLmEmbeddingGenerator.UnknownTokenRatio(ChineseComplianceParagraph);

        Assert.InRange(ratio, 0.05, 1.0);
    }

    [Fact]
    public void UnknownTokenRatio_OnlyUnknownPieces_IsOne()
    {
        double ratio = MiniLmEmbeddingGenerator.UnknownTokenRatio("😀 😀");

        Assert.Equal(1.0, ratio);
    }
}
