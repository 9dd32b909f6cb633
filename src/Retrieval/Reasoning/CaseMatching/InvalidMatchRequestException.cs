// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

/// <summary>A match request that cannot be served as given; <see cref="Field"/> names the offending field.</summary>
public sealed class InvalidMatchRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidMatchRequestException()
    {
        Field = "";
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidMatchRequestException(string message)
        : base(message)
    {
        Field = "";
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public InvalidMatchRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "";
    }

    /// <summary>Creates the exception for a field.</summary>
    /// <param name="field">The request field at fault (<c>employees</c>, <c>top</c>, <c>account</c>, ...).</param>
    /// <param name="message">What is wrong with it.</param>
    public InvalidMatchRequestException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>The request field at fault.</summary>
    public string Field { get; }
}
