// Copyright (c) SalesCognition. All rights reserved.

using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using SalesCognition.Ingestion.Internal;
using SalesCognition.Ingestion.Pipeline;

namespace SalesCognition.Ingestion.Watching;

/// <summary>
/// Keeps the stores in step with folders: every change (addition, edit, rename, deletion) triggers, after a quiet
/// period, one pass that ingests the folders and prunes sources whose files are gone. File-system events can be
/// lost (network shares, overflowing buffers), so a pass also runs every <see cref="WatchOptions.RescanInterval"/>.
/// A pass goes through the pipeline, so it has the same guarantees as <c>ingest --prune</c>.
/// </summary>
public sealed class FolderWatcher
{
    private readonly IngestionPipeline _pipeline;
    private readonly IReadOnlyList<string> _folders;
    private readonly WatchOptions _options;
    private readonly ILogger _logger;
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    /// <summary>
    /// Creates a watcher of <paramref name="folders"/>; nothing happens until <see cref="RunAsync"/>.
    /// </summary>
    public FolderWatcher(
        IngestionPipeline pipeline,
        IReadOnlyList<string> folders,
        WatchOptions options,
        ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"{folder}: no such folder.");
            }
        }

        _pipeline = pipeline;
        _folders = [.. folders.Select(Path.GetFullPath)];
        _options = options;
        _logger = logger;
    }

    /// <summary>
    /// Runs passes until <paramref name="cancellationToken"/> is cancelled; each pass's report goes to <paramref
    /// name="passes"/>.
    /// </summary>
    public async Task RunAsync(IProgress<IngestReport>? passes = null, CancellationToken cancellationToken = default)
    {
        var watchers = _folders.Select(StartWatcher).ToList();
        try
        {
            _logger.WatchStarted(_folders.Count);
            while (!cancellationToken.IsCancellationRequested)
            {
                await PassAsync(passes, cancellationToken).ConfigureAwait(false);
                await WaitForChangeAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping is the normal end of watching.
        }
        finally
        {
            watchers.ForEach(w => w.Dispose());
        }
    }

    private async Task PassAsync(IProgress<IngestReport>? passes, CancellationToken cancellationToken)
    {
        try
        {
            var ingested = await _pipeline.IngestAsync(
                _folders,
                _options.Kind,
                _options.Tenant,
                cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            var pruned = await _pipeline.PruneAsync(_folders, _options.Tenant, cancellationToken).ConfigureAwait(false);
            passes?.Report(new IngestReport([.. ingested.Sources, .. pruned.Sources]));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.WatchPassFailed(ex);
        }
    }

    private async Task WaitForChangeAsync(CancellationToken cancellationToken)
    {
        using var rescan = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        rescan.CancelAfter(_options.RescanInterval);
        try
        {
            await _changes.Reader.ReadAsync(rescan.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return;
        }

        // Debounce: an editor saving a file, or a copy of many files, raises a burst of events; wait for quiet.
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(_options.Debounce);
            try
            {
                await _changes.Reader.ReadAsync(quiet.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private FileSystemWatcher StartWatcher(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, _) => _changes.Writer.TryWrite(true);
        watcher.Created += (_, _) => _changes.Writer.TryWrite(true);
        watcher.Deleted += (_, _) => _changes.Writer.TryWrite(true);
        watcher.Renamed += (_, _) => _changes.Writer.TryWrite(true);

        // A lost event is caught up by the periodic rescan.
        watcher.Error += (_, _) => _changes.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
