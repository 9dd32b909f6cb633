// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Evaluation;

/// <summary>A file of a BEIR set is missing or malformed; the message names the file and the line.</summary>
public sealed class BeirFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BeirFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BeirFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public BeirFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
