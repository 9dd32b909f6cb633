// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Sources;

/// <summary>A source that cannot be read; the message names the line, row or field.</summary>
public sealed class SourceFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SourceFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SourceFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public SourceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
