// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Reindexing;

/// <summary>Progress of a reindex, reported after each source.</summary>
/// <param name="Tenant">Tenant of the source just done.</param>
/// <param name="SourceId">The source just done.</param>
/// <param name="SourcesDone">Sources done so far.</param>
/// <param name="SourcesTotal">Sources in all.</param>
/// <param name="EntriesDone">Entries given a vector so far.</param>
public sealed record ReindexProgress(
    string Tenant,
    string SourceId,
    int SourcesDone,
    int SourcesTotal,
    int EntriesDone);
