// Copyright (c) SalesCognition. All rights reserved.

using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;

namespace SalesCognition.Retrieval.Embeddings.Internal;

/// <summary>
/// The MiniLM transformer in an ONNX Runtime session, followed by mean pooling and L2 normalisation.
/// </summary>
/// <remarks>
/// One session serves every caller: <see cref="InferenceSession.Run(RunOptions, IReadOnlyCollection{string},
/// IReadOnlyCollection{OrtValue}, IReadOnlyCollection{string})"/> is thread-safe and each call owns its tensors.
/// </remarks>
internal sealed class MiniLmOnnxModel : IDisposable
{
    private const string InputIdsName = "input_ids";
    private const string AttentionMaskName = "attention_mask";
    private const string TokenTypeIdsName = "token_type_ids";
    private const string HiddenStateName = "last_hidden_state";

    private readonly SessionOptions _sessionOptions;
    private readonly InferenceSession _session;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;

    private MiniLmOnnxModel(SessionOptions sessionOptions, InferenceSession session, int dimensions)
    {
        _sessionOptions = sessionOptions;
        _session = session;

        IReadOnlyDictionary<string, NodeMetadata> inputs = session.InputMetadata;
        if (!inputs.ContainsKey(InputIdsName) || !inputs.ContainsKey(AttentionMaskName))
        {
            throw new InvalidOperationException(
                $"The embedding model takes inputs [{string.Join(", ", inputs.Keys)}]; "
                + $"'{InputIdsName}' and '{AttentionMaskName}' are required.");
        }

        // Some exports drop token_type_ids; feed it only when the graph asks for it.
        _inputNames = inputs.ContainsKey(TokenTypeIdsName)
            ? [InputIdsName, AttentionMaskName, TokenTypeIdsName]
            : [InputIdsName, AttentionMaskName];
        _outputNames = [FindHiddenStateOutput(session, dimensions)];
        Dimensions = dimensions;
    }

    public int Dimensions { get; }

    public int IntraOpThreads => _sessionOptions.IntraOpNumThreads;

    public static MiniLmOnnxModel Load(int intraOpThreads, int dimensions)
    {
        var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = intraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };

        try
        {
            var session = new InferenceSession(MiniLmResources.ReadModel(), sessionOptions);
            try
            {
                return new MiniLmOnnxModel(sessionOptions, session, dimensions);
            }
            catch
            {
                session.Dispose();
                throw;
            }
        }
        catch
        {
            sessionOptions.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Embeds one batch of encoded inputs (each [CLS] ... [SEP]) and returns unit vectors in the batch's order.
    /// The batch is padded only to its longest member.
    /// </summary>
    public float[][] Embed(IReadOnlyList<int[]> batch, int paddingTokenId, CancellationToken cancellationToken) =>
        Run(batch, paddingTokenId, Pool, cancellationToken);

    /// <summary>
    /// The unit-length contextual vector of every token of each input, without <c>[CLS]</c>, <c>[SEP]</c> and
    /// padding (for late-interaction scoring); an input of no word pieces gets no vectors.
    /// </summary>
    public float[][][] EmbedTokens(IReadOnlyList<int[]> batch, int paddingTokenId, CancellationToken cancellationToken) =>
        Run(batch, paddingTokenId, TokenVectors, cancellationToken);

    /// <summary>
    /// One run, both readings: the pooled unit vector of each input and the unit vectors of its word pieces (as
    /// <see cref="Embed"/> and <see cref="EmbedTokens"/> give them).
    /// </summary>
    public (float[][] Pooled, float[][][] Tokens) EmbedWithTokens(
        IReadOnlyList<int[]> batch,
        int paddingTokenId,
        CancellationToken cancellationToken) =>
        Run(batch, paddingTokenId, (hidden, mask, rows, columns) =>
            (Pool(hidden, mask, rows, columns), TokenVectors(hidden, mask, rows, columns)), cancellationToken);

    private delegate T Reader<T>(ReadOnlySpan<float> hidden, long[] mask, int rows, int columns);

    private T Run<T>(IReadOnlyList<int[]> batch, int paddingTokenId, Reader<T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfZero(batch.Count);

        int rows = batch.Count;
        int columns = batch.Max(ids => ids.Length);
        (long[] ids, long[] mask) = Pack(batch, columns, paddingTokenId);
        long[] shape = [rows, columns];

        using OrtValue idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using OrtValue maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using OrtValue typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        OrtValue[] inputs = _inputNames.Length == 3 ? [idsValue, maskValue, typesValue] : [idsValue, maskValue];

        using var runOptions = new RunOptions();
        using CancellationTokenRegistration registration = cancellationToken.Register(
            static state => ((RunOptions)state!).Terminate = true, runOptions);
        try
        {
            using IDisposableReadOnlyCollection<OrtValue> outputs =
                _session.Run(runOptions, _inputNames, inputs, _outputNames);
            return read(outputs[0].GetTensorDataAsSpan<float>(), mask, rows, columns);
        }
        catch (OnnxRuntimeException exception) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(
                "Embedding was cancelled during inference.", exception, cancellationToken);
        }
    }

    public void Dispose()
    {
        _session.Dispose();
        _sessionOptions.Dispose();
    }

    private static (long[] Ids, long[] Mask) Pack(IReadOnlyList<int[]> batch, int columns, int paddingTokenId)
    {
        var ids = new long[batch.Count * columns];
        var mask = new long[ids.Length];
        Array.Fill(ids, paddingTokenId);

        for (int row = 0; row < batch.Count; row++)
        {
            int[] source = batch[row];
            int offset = row * columns;
            for (int column = 0; column < source.Length; column++)
            {
                ids[offset + column] = source[column];
                mask[offset + column] = 1;
            }
        }

        return (ids, mask);
    }

    private float[][] Pool(ReadOnlySpan<float> hidden, long[] mask, int rows, int columns)
    {
        var vectors = new float[rows][];
        for (int row = 0; row < rows; row++)
        {
            var vector = new float[Dimensions];
            int attended = 0;
            for (int column = 0; column < columns; column++)
            {
                int position = (row * columns) + column;
                if (mask[position] != 0)
                {
                    TensorPrimitives.Add(vector, hidden.Slice(position * Dimensions, Dimensions), vector);
                    attended++;
                }
            }

            // Mean over the attended tokens (padding excluded), then unit length as sentence-transformers does.
            TensorPrimitives.Divide(vector, Math.Max(attended, 1), vector);
            float norm = TensorPrimitives.Norm(vector);
            TensorPrimitives.Divide(vector, Math.Max(norm, 1e-12f), vector);
            vectors[row] = vector;
        }

        return vectors;
    }

    private float[][][] TokenVectors(ReadOnlySpan<float> hidden, long[] mask, int rows, int columns)
    {
        var result = new float[rows][][];
        for (int row = 0; row < rows; row++)
        {
            int attended = 0;
            while (attended < columns && mask[(row * columns) + attended] != 0)
            {
                attended++;
            }

            // Positions 1 .. attended - 2: the word pieces between [CLS] and [SEP].
            var tokens = new float[Math.Max(attended - 2, 0)][];
            for (int t = 0; t < tokens.Length; t++)
            {
                var vector = hidden.Slice(((row * columns) + t + 1) * Dimensions, Dimensions).ToArray();
                TensorPrimitives.Divide(vector, Math.Max(TensorPrimitives.Norm(vector), 1e-12f), vector);
                tokens[t] = vector;
            }

            result[row] = tokens;
        }

        return result;
    }

    private static string FindHiddenStateOutput(InferenceSession session, int dimensions)
    {
        if (session.OutputMetadata.ContainsKey(HiddenStateName))
        {
            return HiddenStateName;
        }

        foreach ((string name, NodeMetadata metadata) in session.OutputMetadata)
        {
            if (metadata.Dimensions.Length == 3 && metadata.Dimensions[2] == dimensions)
            {
                return name;
            }
        }

        throw new InvalidOperationException(
            $"The embedding model has no [batch, tokens, {dimensions}] output; "
            + $"outputs are [{string.Join(", ", session.OutputMetadata.Keys)}].");
    }
}
