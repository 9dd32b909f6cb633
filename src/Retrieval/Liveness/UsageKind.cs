// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>How an entry was used: returned by a search, shown in a match or proposal, or cited in an answer.</summary>
public enum UsageKind
{
    /// <summary>Returned by a search.</summary>
    Retrieved = 0,

    /// <summary>Shown to a user in a match or a proposal.</summary>
    Shown = 1,

    /// <summary>Cited in an answer.</summary>
    Cited = 2,
}
