// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Storage;

/// <summary>A write that breaks the ontology: an unknown type, or a relation between types it does not allow.</summary>
public sealed class GraphSchemaException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphSchemaException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GraphSchemaException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public GraphSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
