// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

/// <summary>A coarse company size, from employees or, failing that, annual revenue.</summary>
public enum SizeBand
{
    /// <summary>Size unknown.</summary>
    Unknown = 0,

    /// <summary>Under 1,000 employees (or under 250 M USD revenue).</summary>
    Small = 1,

    /// <summary>1,000 to 4,999 employees (or 250 to 1,999 M USD).</summary>
    Medium = 2,

    /// <summary>5,000 to 19,999 employees (or 2,000 to 9,999 M USD).</summary>
    Large = 3,

    /// <summary>20,000 employees or more (or 10,000 M USD or more).</summary>
    Enterprise = 4,
}
