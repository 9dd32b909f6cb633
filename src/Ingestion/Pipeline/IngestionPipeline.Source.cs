// Copyright (c) SalesCognition. All rights reserved.

using System.Security.Cryptography;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Ingestion.Internal;
using SalesCognition.Ingestion.Linking;
using SalesCognition.Ingestion.Pipeline.Internal;
using SalesCognition.Ingestion.Sources;
using SalesCognition.Retrieval.Text;
using SalesCognition.Retrieval.Vectors;

namespace SalesCognition.Ingestion.Pipeline;

public sealed partial class IngestionPipeline
{
    private async Task<SourceResult> IngestFileAsync(
        string path,
        string kind,
        string tenant,
        CancellationToken cancellationToken)
    {
        var sourceId = SourceIdentity.OfPath(path);
        var pathGeneration = _gate.Generation(tenant, sourceId);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > _options.MaxFileBytes)
            {
                return Fail(
                    path,
                    $"{path}: the file has {length} bytes, over the limit of {_options.MaxFileBytes} (Ingestion:MaxFileBytes).");
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var text = SourceDecoder.Decode(path, bytes, _options.FallbackEncoding);
            sourceId = SourceIdentity.Declared(path, text) ?? sourceId;
            var generation = _gate.Generation(tenant, sourceId);
            var existing = await _graph.GetSourceAsync(tenant, sourceId, cancellationToken).ConfigureAwait(false);
            if (existing is { State: SourceState.Committed } && existing.ContentHash == hash && existing.Uri == path)
            {
                _logger.SourceUnchanged(sourceId);
                return new SourceResult(path, SourceOutcome.Unchanged);
            }

            var input = new SourceInput(sourceId, path, text, kind);
            var reader = _readers.FirstOrDefault(r => r.CanRead(input))
                ?? throw new SourceFormatException(
                    $"{path}: no reader takes this file (extension '{Path.GetExtension(path)}', kind '{kind}').");
            var parsed = reader.Read(input);

            var gazetteer = await Gazetteer.LoadAsync(_graph, tenant, cancellationToken).ConfigureAwait(false);
            var record = new SourceRecord(sourceId, path, parsed.Kind, hash, SourceState.Pending, default)
            {
                Tenant = tenant,
                Title = parsed.Title,
            };
            var commit = SourceAssembler.Assemble(record, parsed, gazetteer, _options.ChunkMaxChars);
            var vectors = await EmbedAsync(commit.Entries, cancellationToken).ConfigureAwait(false);

            using (await _gate.EnterAsync(tenant, sourceId, cancellationToken).ConfigureAwait(false))
            {
                if (!_gate.IsCurrent(
                    tenant,
                    sourceId,
                    generation) || !_gate.IsCurrent(tenant, SourceIdentity.OfPath(path), pathGeneration))
                {
                    // A removal arrived while this version was being read: the removal wins and nothing is written.
                    _logger.SourceIngestAbandoned(sourceId);
                    return new SourceResult(path, SourceOutcome.Removed)
                    {
                        Warnings = [$"{path}: removed while it was being ingested; nothing was written."],
                    };
                }

                await WriteStoresAsync(commit, vectors, cancellationToken).ConfigureAwait(false);
            }

            await NotifyCommittedAsync(commit, existing, cancellationToken).ConfigureAwait(false);

            if (sourceId != SourceIdentity.OfPath(path))
            {
                await ForgetOtherIdentitiesAsync(tenant, sourceId, path, cancellationToken).ConfigureAwait(false);
            }

            var reported = parsed.Warnings.Concat(ResolutionReport.Merges(parsed, commit)).ToList();
            var warnings = reported
                .Select(w => w.Location.Length > 0 ? $"{path}: {w.Location}: {w.Message}" : $"{path}: {w.Message}")
                .ToList();
            foreach (var warning in reported)
            {
                _logger.SourceWarning(sourceId, warning.Location, warning.Message);
            }

            _logger.SourceIngested(sourceId, commit.Entries.Count);
            var outcome = existing is null ? SourceOutcome.Added : SourceOutcome.Updated;
            return new SourceResult(path, outcome, null, commit.Entries.Count) { Warnings = warnings };
        }
        catch (SourceFormatException ex)
        {
            return Fail(path, ex.Message);
        }
        catch (GraphSchemaException ex)
        {
            return Fail(path, $"{path}: {ex.Message}");
        }
        catch (IOException ex)
        {
            return Fail(path, $"{path}: cannot read the file: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return Fail(path, $"{path}: cannot read the file: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.SourceCrashed(ex, sourceId);
            return new SourceResult(
                path,
                SourceOutcome.Failed,
                $"{path}: internal error ({ex.GetType().Name}): {ex.Message}");
        }
    }

    private SourceResult Fail(string path, string error)
    {
        var sourceId = SourceIdentity.OfPath(path);
        _logger.SourceFailed(sourceId, error);
        return new SourceResult(path, SourceOutcome.Failed, error);
    }

    private async Task<IReadOnlyList<VectorEntry>> EmbedAsync(
        IReadOnlyList<KnowledgeEntry> entries,
        CancellationToken cancellationToken)
    {
        var embedded = await VectorEntryEmbedder.EmbedAsync(
            _embeddings,
            _vectors,
            [.. entries.Select(EmbeddingText.Input)],
            _options.EmbeddingBatchSize,
            _options.PassageVectors,
            tokenCache: _tokenVectors?.CacheWhenEnabled,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return embedded.Entries;
    }

    /// <summary>
    /// Writes one source version to the graph (pending), the text index and the vectors, then marks it committed.
    /// </summary>
    private async Task WriteStoresAsync(
        SourceCommit commit,
        IReadOnlyList<VectorEntry> vectors,
        CancellationToken cancellationToken)
    {
        var source = commit.Source;
        await _graph.CommitSourceAsync(commit, cancellationToken).ConfigureAwait(false);

        // Once the graph holds the new version, the indexes follow even if the caller cancels (see RemoveSourceAsync).
        await _text.ReplaceSourceAsync(
            source.Tenant,
            source.SourceId,
            [.. commit.Entries.Select(ToTextDocument)],
            CancellationToken.None)
            .ConfigureAwait(false);
        await _vectors.ReplaceSourceAsync(
            source.Tenant,
            source.SourceId,
            vectors,
            CancellationToken.None).ConfigureAwait(false);
        await _graph.MarkCommittedAsync(
            source.Tenant,
            source.SourceId,
            source.ContentHash,
            CancellationToken.None).ConfigureAwait(false);
    }

    private static TextDocument ToTextDocument(KnowledgeEntry entry) =>
        new(entry.Id, entry.Tenant, entry.SourceId, entry.Kind, EmbeddingText.TitleLine(entry), entry.Text);
}
