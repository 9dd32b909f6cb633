// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>What kind of client used an entry.</summary>
public enum CallerKind
{
    /// <summary>A direct API or command-line call.</summary>
    Api = 0,

    /// <summary>The CRM plugin.</summary>
    Crm = 1,

    /// <summary>A sales rep in chat.</summary>
    Chat = 2,

    /// <summary>A knowledge manager.</summary>
    Manager = 3,
}
