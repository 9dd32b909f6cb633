// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;

namespace SalesCognition.Retrieval.Internal;

/// <summary>Log events of case matching (EventIds 2300-2399). Ids and counts only: requests hold deal data.</summary>
internal static partial class CaseMatchLog
{
    [LoggerMessage(EventId = 2300, EventName = "CaseIndexBuilt", Level = LogLevel.Information,
        Message = "Case index built for tenant {Tenant}: {CaseCount} cases in {WonGroups} won and {LostGroups} lost " +
            "groups, {OpportunityCount} open opportunities, in {ElapsedMs} ms")]
    public static partial void CaseIndexBuilt(
        this ILogger logger,
        string tenant,
        int caseCount,
        int wonGroups,
        int lostGroups,
        int opportunityCount,
        long elapsedMs);

    [LoggerMessage(EventId = 2301, EventName = "CasesMatched", Level = LogLevel.Debug,
        Message = "Matched {MatchCount} cases ({RiskCount} risks) over {CaseCount} cases; missing facets: " +
            "{MissingFacets}")]
    public static partial void CasesMatched(
        this ILogger logger,
        int matchCount,
        int riskCount,
        int caseCount,
        string missingFacets);

    [LoggerMessage(EventId = 2302, EventName = "MatchRequestRejected", Level = LogLevel.Information,
        Message = "Match request rejected: field {Field} is invalid")]
    public static partial void MatchRequestRejected(this ILogger logger, string field);
}
