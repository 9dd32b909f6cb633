// Copyright (c) SalesCognition. All rights reserved.

using System.Net;

namespace SalesCognition.Graph.Storage.Neo4j;

/// <summary>
/// A request to the Neo4j Query API failed: the server reported an error, answered with an error status, or could
/// not be reached in time. The message names the operation, the HTTP status and Neo4j's error code and text; it
/// never holds the password or the <c>Authorization</c> header, and the server only as scheme, host and port.
/// </summary>
public sealed class Neo4jRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jRequestException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public Neo4jRequestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public Neo4jRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an error answer of the server.</summary>
    /// <param name="operation">What the store was doing, for example <c>commit source</c>.</param>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="errorCode">Neo4j's status code, for example <c>Neo.ClientError.Statement.SyntaxError</c>.</param>
    /// <param name="serverError">Neo4j's error text (or the start of the body when it sent none).</param>
    public Neo4jRequestException(string operation, HttpStatusCode statusCode, string? errorCode, string serverError)
        : base($"Neo4j {operation} failed with HTTP {(int)statusCode} ({statusCode})" +
            (errorCode is null ? "" : $", {errorCode}") + $": {serverError}")
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ServerError = serverError;
    }

    /// <summary>Creates the exception for a request that got no answer.</summary>
    /// <param name="operation">What the store was doing.</param>
    /// <param name="reason">Why no answer came (unreachable, timed out, not JSON).</param>
    /// <param name="innerException">The transport's exception.</param>
    public Neo4jRequestException(string operation, string reason, Exception innerException)
        : base($"Neo4j {operation} failed: {reason}", innerException)
    {
        Operation = operation;
    }

    /// <summary>What the store was doing, for example <c>commit source</c>.</summary>
    public string? Operation { get; }

    /// <summary>The HTTP status of the error answer; null when the server did not answer.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Neo4j's status code of the first error, for example <c>Neo.ClientError.Schema.ConstraintValidationFailed</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>Neo4j's error text.</summary>
    public string? ServerError { get; }
}
