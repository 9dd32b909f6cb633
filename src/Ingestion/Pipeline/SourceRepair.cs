// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>One repair made by recovery.</summary>
/// <param name="SourceId">The source repaired.</param>
/// <param name="Action">What was done.</param>
public sealed record SourceRepair(string SourceId, string Action);
