// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Internal;

namespace SalesCognition.Ingestion.Pipeline;

public sealed partial class IngestionPipeline
{
    private async Task NotifyCommittedAsync(
        SourceCommit commit,
        SourceRecord? previous,
        CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await observer.SourceCommittedAsync(commit, previous, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The source itself is stored and consistent; only the derived event is lost, so report and go on.
                _logger.ObserverFailed(ex, observer.GetType().Name, commit.Source.SourceId);
            }
        }
    }

    private async Task NotifyRemovedAsync(SourceRecord source, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await observer.SourceRemovedAsync(
                    source.Tenant,
                    source.SourceId,
                    cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.ObserverFailed(ex, observer.GetType().Name, source.SourceId);
            }
        }
    }
}
