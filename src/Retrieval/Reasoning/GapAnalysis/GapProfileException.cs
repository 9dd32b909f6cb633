// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

/// <summary>
/// A profile that cannot be analysed; <see cref="Field"/> and <see cref="Value"/> name what is wrong.
/// </summary>
public sealed class GapProfileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GapProfileException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GapProfileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public GapProfileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one field of the profile.</summary>
    /// <param name="field">The field, as the profile names it (<c>standard</c>, <c>implemented[2]</c>).</param>
    /// <param name="value">The offending value (empty when missing).</param>
    /// <param name="description">What is wrong, in a sentence.</param>
    public GapProfileException(string field, string value, string description)
        : base(value.Length > 0 ? $"{field}: '{value}': {description}" : $"{field}: {description}")
    {
        Field = field;
        Value = value;
        Description = description;
    }

    /// <summary>The field, as the profile names it.</summary>
    public string Field { get; } = "";

    /// <summary>The offending value.</summary>
    public string Value { get; } = "";

    /// <summary>What is wrong, without the field and value.</summary>
    public string Description { get; } = "";
}
