// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>What a consistency check of the stores found and repaired.</summary>
/// <param name="SourcesChecked">Sources the graph holds.</param>
/// <param name="Repairs">One line per repaired source; empty when the stores agreed.</param>
public sealed record RecoveryReport(int SourcesChecked, IReadOnlyList<SourceRepair> Repairs);
