// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.AI;
using SalesCognition.Testing;

namespace SalesCognition.Ingestion.Tests.Pipeline;

/// <summary>
/// The hashing stand-in; once <see cref="Hold"/> is called, the next call waits until <see cref="Open"/>.
/// </summary>
internal sealed class GatedEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly HashingEmbeddingGenerator _inner = new();
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _holding;

    public Task Entered => _entered.Task;

    public void Hold() => _holding = true;

    public void Open() => _open.TrySetResult();

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (_holding)
        {
            _entered.TrySetResult();
            await _open.Task.WaitAsync(cancellationToken);
        }

        return await _inner.GenerateAsync(values, options, cancellationToken);
    }

    public object? GetService(
        Type serviceType,
        object? serviceKey = null) => _inner.GetService(serviceType, serviceKey);

    public void Dispose() => _inner.Dispose();
}
