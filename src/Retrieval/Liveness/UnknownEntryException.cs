// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>Entries a request named do not exist (in the tenant). Nothing was changed.</summary>
public sealed class UnknownEntryException : Exception
{
    /// <summary>Creates the exception for the unknown ids.</summary>
    public UnknownEntryException(IReadOnlyList<string> entryIds)
        : base($"Unknown entry: {string.Join(", ", entryIds)}. Use the id that search returns (search --json).")
    {
        EntryIds = entryIds;
    }

    /// <summary>Creates the exception.</summary>
    public UnknownEntryException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UnknownEntryException(string message)
        : base(message)
    {
        EntryIds = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public UnknownEntryException(string message, Exception innerException)
        : base(message, innerException)
    {
        EntryIds = [];
    }

    /// <summary>The ids that do not exist.</summary>
    public IReadOnlyList<string> EntryIds { get; }
}
