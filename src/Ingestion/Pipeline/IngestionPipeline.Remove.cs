// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Internal;
using SalesCognition.Ingestion.Pipeline.Internal;

namespace SalesCognition.Ingestion.Pipeline;

public sealed partial class IngestionPipeline
{
    /// <summary>
    /// Removes every trace of sources from the graph, the text index and the vectors. A source is named by its id,
    /// by its file path, or by a folder (every source read from under it). Entities no other source supports go too.
    /// A removal wins over an ingest of the same source still in flight: that ingest writes nothing.
    /// </summary>
    public async Task<IngestReport> RemoveAsync(
        IReadOnlyList<string> sources,
        string tenant = TenantIds.Default,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);

        await EnsureRecoveredAsync(tenant, cancellationToken).ConfigureAwait(false);
        var stored = await _graph.ListSourcesAsync(tenant, cancellationToken).ConfigureAwait(false);
        var results = new List<SourceResult>();
        foreach (var name in sources)
        {
            var matches = stored.Where(s => Names(s, name)).ToList();
            if (matches.Count == 0)
            {
                // A source not stored yet may be in flight: announce the removal so that ingest writes nothing.
                _gate.AnnounceRemoval(tenant, SourceIdentity.OfPath(name));
                results.Add(new SourceResult(
                    name,
                    SourceOutcome.Failed,
                    $"{name}: no stored source has this id, path or folder."));
                continue;
            }

            foreach (var source in matches)
            {
                await RemoveSourceAsync(source, cancellationToken).ConfigureAwait(false);
                results.Add(new SourceResult(source.Uri, SourceOutcome.Removed));
            }
        }

        return new IngestReport(results);
    }

    /// <summary>Removes the stored sources read from under <paramref name="folders"/> whose files are gone.</summary>
    public async Task<IngestReport> PruneAsync(
        IReadOnlyList<string> folders,
        string tenant = TenantIds.Default,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);

        await EnsureRecoveredAsync(tenant, cancellationToken).ConfigureAwait(false);
        var roots = folders.Where(Directory.Exists).Select(FolderPrefix).ToList();
        var stored = await _graph.ListSourcesAsync(tenant, cancellationToken).ConfigureAwait(false);
        var results = new List<SourceResult>();
        foreach (var source in stored.Where(s => IsUnder(s.Uri, roots) && !File.Exists(s.Uri)))
        {
            await RemoveSourceAsync(source, cancellationToken).ConfigureAwait(false);
            results.Add(new SourceResult(source.Uri, SourceOutcome.Removed));
        }

        return new IngestReport(results);
    }

    private async Task RemoveSourceAsync(SourceRecord source, CancellationToken cancellationToken)
    {
        _gate.AnnounceRemoval(source.Tenant, source.SourceId);
        _gate.AnnounceRemoval(source.Tenant, SourceIdentity.OfPath(source.Uri));
        using (await _gate.EnterAsync(source.Tenant, source.SourceId, cancellationToken).ConfigureAwait(false))
        {
            // The graph goes first: once its transaction commits, recovery removes any index leftovers.
            await _graph.RemoveSourceAsync(source.Tenant, source.SourceId, cancellationToken).ConfigureAwait(false);

            // Once the graph has let go, the indexes follow even if the caller cancels: a stop must not leave
            // the stores disagreeing until the next recovery.
            await _text.RemoveSourceAsync(source.Tenant, source.SourceId, CancellationToken.None).ConfigureAwait(false);
            await _vectors.RemoveSourceAsync(
                source.Tenant,
                source.SourceId,
                CancellationToken.None).ConfigureAwait(false);
        }

        _logger.SourceRemoved(source.SourceId);
        await NotifyRemovedAsync(source, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// After a file declared its own <c>source_id</c>, drops what an older identity of the same file left.
    /// </summary>
    private async Task ForgetOtherIdentitiesAsync(
        string tenant,
        string sourceId,
        string path,
        CancellationToken cancellationToken)
    {
        var stored = await _graph.ListSourcesAsync(tenant, cancellationToken).ConfigureAwait(false);
        foreach (var other in stored.Where(s => s.SourceId != sourceId && s.Uri == path))
        {
            await RemoveSourceAsync(other, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool Names(SourceRecord source, string name)
    {
        if (source.SourceId == name)
        {
            return true;
        }

        var full = Path.GetFullPath(name);
        return source.SourceId == SourceIdentity.OfPath(full) || source.Uri == full || IsUnder(
            source.Uri,
            [FolderPrefix(full)]);
    }

    private static string FolderPrefix(string folder) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;

    private static bool IsUnder(string uri, IEnumerable<string> folderPrefixes) =>
        folderPrefixes.Any(prefix => uri.StartsWith(prefix, StringComparison.Ordinal));
}
