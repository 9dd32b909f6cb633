// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>One prune or restore, as the audit log keeps it: who, when, why and what.</summary>
/// <param name="Id">Sequence number of the record.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who (an opaque id).</param>
/// <param name="Action"><c>prune</c> or <c>restore</c>.</param>
/// <param name="Reason">Why.</param>
/// <param name="EntryIds">The entries acted on.</param>
public sealed record AuditRecord(
    long Id,
    DateTimeOffset At,
    string Actor,
    string Action,
    string Reason,
    IReadOnlyList<string> EntryIds);
