// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Schema;

/// <summary>An ontology file that cannot be read or breaks the schema rules; names the file and line.</summary>
public sealed class OntologyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OntologyException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public OntologyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public OntologyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem at a place in a file.</summary>
    public OntologyException(string file, long line, string problem, Exception? innerException = null)
        : base($"{file}:{line}: {problem}", innerException)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The ontology file.</summary>
    public string? File { get; }

    /// <summary>The 1-based line of the problem, or 0 when it concerns the whole file.</summary>
    public long Line { get; }

    /// <summary>What is wrong.</summary>
    public string? Problem { get; }
}
