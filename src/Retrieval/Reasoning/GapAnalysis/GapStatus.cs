// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

/// <summary>The statuses of a required control in a gap analysis.</summary>
public static class GapStatus
{
    /// <summary>The customer meets the control.</summary>
    public const string Met = "met";

    /// <summary>The customer meets part of it, or runs something that may cover it.</summary>
    public const string Partial = "partial";

    /// <summary>Nothing covers it.</summary>
    public const string Gap = "gap";

    /// <summary>It does not apply to the customer's system.</summary>
    public const string NotApplicable = "not-applicable";

    /// <summary>Not assessed.</summary>
    public const string Unknown = "unknown";

    /// <summary>Whether a status leaves work to do (partial, gap, unknown).</summary>
    public static bool IsOpen(string status) => status is Partial or Gap or Unknown;
}
