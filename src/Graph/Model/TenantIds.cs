// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Model;

/// <summary>Well-known tenant ids.</summary>
public static class TenantIds
{
    /// <summary>The single tenant of the embedded setup.</summary>
    public const string Default = "default";
}
