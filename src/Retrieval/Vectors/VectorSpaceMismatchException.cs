// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Vectors;

/// <summary>
/// The index was built with another embedding model than the one configured; vectors are never mixed.
/// </summary>
public sealed class VectorSpaceMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public VectorSpaceMismatchException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public VectorSpaceMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public VectorSpaceMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception naming both spaces.</summary>
    public VectorSpaceMismatchException(VectorSpace stored, VectorSpace configured)
        : base($"The vector index was built with model '{stored.ModelId}' ({stored.Dimensions} dims, {stored.Distance}), " +
               $"but model '{configured.ModelId}' ({configured.Dimensions} dims, {configured.Distance}) is configured. " +
               "Vectors of two models are never mixed: run `reindex` to rebuild the vectors with the configured model, " +
               $"or configure model '{stored.ModelId}' again.")
    {
        Stored = stored;
        Configured = configured;
    }

    /// <summary>The space the index holds.</summary>
    public VectorSpace? Stored { get; }

    /// <summary>The space configured now.</summary>
    public VectorSpace? Configured { get; }
}
