// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>What ingestion did with one source.</summary>
public enum SourceOutcome
{
    /// <summary>A new source was stored.</summary>
    Added,

    /// <summary>A changed source replaced its previous version.</summary>
    Updated,

    /// <summary>The same bytes were stored already; nothing was written.</summary>
    Unchanged,

    /// <summary>The source was removed.</summary>
    Removed,

    /// <summary>The source could not be ingested; nothing of it was written and its previous version stays.</summary>
    Failed,
}
