// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>A liveness request a user must fix: a missing reason, a score out of range, a malformed age.</summary>
public sealed class LivenessRequestException : ArgumentException
{
    /// <summary>Creates the exception for one field.</summary>
    public LivenessRequestException(string field, string message)
        : base(message, field)
    {
        Field = field;
    }

    /// <summary>Creates the exception without a field.</summary>
    public LivenessRequestException()
        : this("request", "The request is invalid.")
    {
    }

    /// <summary>Creates the exception without a field.</summary>
    public LivenessRequestException(string message)
        : this("request", message)
    {
    }

    /// <summary>Creates the exception without a field, with its cause.</summary>
    public LivenessRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "request";
    }

    /// <summary>
    /// The request field at fault, in the proto's snake_case (<c>reason</c>, <c>score</c>, <c>below</c>...).
    /// </summary>
    public string Field { get; }

    /// <summary>The message without the parameter suffix that <see cref="ArgumentException"/> appends.</summary>
    public string Description => base.Message.Replace($" (Parameter '{ParamName}')", "", StringComparison.Ordinal);
}
