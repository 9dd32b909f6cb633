// Copyright (c) SalesCognition. All rights reserved.

using System.ComponentModel.DataAnnotations;

namespace SalesCognition.Retrieval.Search;

/// <summary>How hybrid search fuses its legs.</summary>
public sealed class RetrievalOptions
{
    /// <summary>The constant k of reciprocal rank fusion: a hit at rank r adds weight / (k + r).</summary>
    [Range(1, 1000)]
    public int RrfK { get; set; } = 60;

    /// <summary>How many candidates each leg contributes before fusion.</summary>
    [Range(10, 1000)]
    public int CandidatesPerLeg { get; set; } = 100;

    /// <summary>Weight of the BM25 leg in the fusion.</summary>
    [Range(0.0, 10.0)]
    public double TextWeight { get; set; } = 1.0;

    /// <summary>Weight of the vector leg in the fusion.</summary>
    [Range(0.0, 10.0)]
    public double VectorWeight { get; set; } = 1.0;

    /// <summary>The largest number of hits a caller may ask for.</summary>
    [Range(1, 1000)]
    public int MaxTop { get; set; } = 100;

    /// <summary>Length of a hit's snippet in characters.</summary>
    [Range(40, 2000)]
    public int SnippetLength { get; set; } = 240;
}
