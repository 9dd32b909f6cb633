// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Sources;

/// <summary>Reads one format of source into sections and graph facts.</summary>
public interface ISourceReader
{
    /// <summary>A short name for messages (<c>markdown</c>, <c>oscal</c>).</summary>
    string Name { get; }

    /// <summary>Whether this reader takes the source (by extension and content).</summary>
    bool CanRead(SourceInput input);

    /// <summary>Reads the source.</summary>
    /// <exception cref="SourceFormatException">The source is malformed; the message names the place.</exception>
    ParsedSource Read(SourceInput input);
}
