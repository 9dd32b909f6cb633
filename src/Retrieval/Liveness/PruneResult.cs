// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>What a prune or a restore did (or, for a dry run, would do).</summary>
/// <param name="EntryIds">The entries acted on.</param>
/// <param name="DryRun">Whether nothing was changed.</param>
/// <param name="Audit">The audit record written, or null for a dry run or an empty selection.</param>
public sealed record PruneResult(IReadOnlyList<string> EntryIds, bool DryRun, AuditRecord? Audit);
