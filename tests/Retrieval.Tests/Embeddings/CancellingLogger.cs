// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;
using SalesCognition.Retrieval.Embeddings;

namespace SalesCognition.Retrieval.Tests.Embeddings;

/// <summary>Cancels a token when a given event is logged for the n-th time, to stop work at a known point.</summary>
internal sealed class CancellingLogger(string eventName, int afterCount, CancellationTokenSource source)
    : ILogger<MiniLmEmbeddingGenerator>
{
    public int Seen { get; private set; }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        if (eventId.Name == eventName && ++Seen == afterCount)
        {
            source.Cancel();
        }
    }
}
