// Copyright (c) SalesCognition. All rights reserved.

using System.Net;

namespace SalesCognition.Retrieval.Vectors.Qdrant;

/// <summary>
/// A request to the Qdrant server failed: it answered with an error status, or could not be reached in time.
/// The message names the operation, the HTTP status and Qdrant's own error text; it never holds the API key.
/// </summary>
public sealed class QdrantRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QdrantRequestException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public QdrantRequestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public QdrantRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an error answer of the server.</summary>
    /// <param name="operation">What the adapter was doing, for example <c>upsert points</c>.</param>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="serverError">Qdrant's error text (or the start of the body when it sent none).</param>
    public QdrantRequestException(string operation, HttpStatusCode statusCode, string serverError)
        : base($"Qdrant {operation} failed with HTTP {(int)statusCode} ({statusCode}): {serverError}")
    {
        Operation = operation;
        StatusCode = statusCode;
        ServerError = serverError;
    }

    /// <summary>Creates the exception for a request that got no answer.</summary>
    /// <param name="operation">What the adapter was doing.</param>
    /// <param name="reason">Why no answer came (unreachable, timed out).</param>
    /// <param name="innerException">The transport's exception.</param>
    public QdrantRequestException(string operation, string reason, Exception innerException)
        : base($"Qdrant {operation} failed: {reason}", innerException)
    {
        Operation = operation;
    }

    /// <summary>What the adapter was doing, for example <c>upsert points</c>.</summary>
    public string? Operation { get; }

    /// <summary>The HTTP status of the error answer; null when the server did not answer.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Qdrant's error text.</summary>
    public string? ServerError { get; }
}
