// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>
/// Reacts to a source version landing in every store, or leaving them: the hook for events such as news flagging
/// the battle cards it affects. Called after the stores agree; a failure is logged and does not undo the source.
/// </summary>
public interface ISourceChangeObserver
{
    /// <summary>
    /// A new version of a source is in every store; <paramref name="previous"/> is the version it replaced.
    /// </summary>
    Task SourceCommittedAsync(
        SourceCommit commit,
        SourceRecord? previous,
        CancellationToken cancellationToken = default);

    /// <summary>A source was removed from every store.</summary>
    Task SourceRemovedAsync(string tenant, string sourceId, CancellationToken cancellationToken = default);
}
