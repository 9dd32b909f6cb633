// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>One use of one entry, as the ledger stores it.</summary>
/// <param name="Tenant">Tenant of the entry.</param>
/// <param name="EntryId">The entry's id.</param>
/// <param name="Kind">How it was used.</param>
/// <param name="Caller">Who used it (opaque).</param>
/// <param name="At">When.</param>
public sealed record UsageEvent(string Tenant, string EntryId, UsageKind Kind, UsageCaller Caller, DateTimeOffset At);
