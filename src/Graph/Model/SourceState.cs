// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Model;

/// <summary>How far a source version has been written.</summary>
public enum SourceState
{
    /// <summary>The graph holds it; the text and vector indexes may not yet.</summary>
    Pending,

    /// <summary>Every store holds it.</summary>
    Committed,
}
