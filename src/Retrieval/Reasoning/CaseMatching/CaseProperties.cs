// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

/// <summary>
/// Names of the node properties case matching reads, written by the CRM reader: on <c>Case</c> and
/// <c>Opportunity</c> nodes (deal facts), <c>Customer</c> nodes (size) and <c>Product</c> nodes (series).
/// </summary>
public static class CaseProperties
{
    /// <summary>The CRM's opportunity id, as written.</summary>
    public const string OpportunityId = "opportunityId";

    /// <summary>The pipeline stage: <c>Prospecting</c>, <c>Engaging</c>, <c>Won</c>, <c>Lost</c>.</summary>
    public const string Stage = "stage";

    /// <summary>
    /// How a deal ended: <see cref="Won"/> or <see cref="Lost"/>; absent on narrative cases (which are wins).
    /// </summary>
    public const string Outcome = "outcome";

    /// <summary>The outcome of a won deal.</summary>
    public const string Won = "won";

    /// <summary>The outcome of a lost deal.</summary>
    public const string Lost = "lost";

    /// <summary>When engagement started (ISO date).</summary>
    public const string EngageDate = "engageDate";

    /// <summary>When the deal closed (ISO date).</summary>
    public const string CloseDate = "closeDate";

    /// <summary>What the deal was worth (USD, invariant culture).</summary>
    public const string CloseValue = "closeValue";

    /// <summary>A customer's head count.</summary>
    public const string Employees = "employees";

    /// <summary>A customer's annual revenue in millions of USD.</summary>
    public const string Revenue = "revenue";

    /// <summary>A customer's size band name (see <see cref="SizeBands.Name"/>).</summary>
    public const string SizeBand = "sizeBand";

    /// <summary>A product's series (<c>GTX</c>, <c>MG</c>).</summary>
    public const string Series = "series";
}
