// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Ingestion.Internal;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Retrieval.Vectors;

namespace SalesCognition.Ingestion.Reindexing;

/// <summary>
/// Rebuilds <c>vectors.db</c> with the configured embedding model: every entry of every tenant (archived ones too)
/// is embedded from the graph into a new file, which replaces the old one only when it is complete. An interrupted
/// reindex leaves the old index as it was. The server must not be running on the same data folder.
/// </summary>
public sealed class VectorReindexer
{
    /// <summary>File name of the vector index in the data folder.</summary>
    public const string IndexFileName = "vectors.db";

    private readonly IGraphStore _graph;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;
    private readonly string _dataDirectory;
    private readonly int _batchSize;
    private readonly bool _passages;
    private readonly ILogger<VectorReindexer> _logger;
    private readonly TokenVectorWarmer? _tokenVectors;

    /// <summary>Creates the reindexer over the graph of the data folder in <paramref name="storeOptions"/>.</summary>
    public VectorReindexer(
        IGraphStore graph,
        IEmbeddingGenerator<string, Embedding<float>> embeddings,
        IOptions<GraphStoreOptions> storeOptions,
        IOptions<IngestionOptions> options,
        ILogger<VectorReindexer> logger,
        TokenVectorWarmer? tokenVectors = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(storeOptions);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _graph = graph;
        _embeddings = embeddings;
        _dataDirectory = storeOptions.Value.DataDirectory;
        _batchSize = Math.Max(1, options.Value.EmbeddingBatchSize);
        _passages = options.Value.PassageVectors;
        _logger = logger;
        _tokenVectors = tokenVectors;
    }

    /// <summary>Path of the live vector index.</summary>
    public string IndexPath => Path.Combine(_dataDirectory, IndexFileName);

    /// <summary>Path of the file the new index is built in.</summary>
    public string StagingPath => IndexPath + ".reindex";

    /// <summary>Path the old index is kept at while the new one is swapped in.</summary>
    public string BackupPath => IndexPath + ".bak";

    /// <summary>Embeds every entry with the configured model into a new index and swaps it in.</summary>
    public async Task<ReindexReport> ReindexAsync(
        IProgress<ReindexProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var space = VectorSpaces.Of(_embeddings);
        var previous = await VectorIndexFile.ReadSpaceAsync(IndexPath, cancellationToken).ConfigureAwait(false);
        var tenants = (await VectorIndexFile.ReadTenantsAsync(IndexPath, cancellationToken).ConfigureAwait(false))
            .Append(TenantIds.Default)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var sources = new List<(string Tenant, string SourceId)>();
        foreach (var tenant in tenants)
        {
            var listed = await _graph.ListSourcesAsync(tenant, cancellationToken).ConfigureAwait(false);
            sources.AddRange(listed.Select(s => (tenant, s.SourceId)));
        }

        _logger.ReindexStarted(previous?.ModelId ?? "(none)", space.ModelId, sources.Count);
        VectorIndexFile.Delete(StagingPath);
        try
        {
            var entries = 0;
            var embedded = 0;
            using (var staging = await EmbeddedVectorIndex.OpenAsync(
                StagingPath,
                space,
                cancellationToken).ConfigureAwait(false))
            {
                for (var i = 0; i < sources.Count; i++)
                {
                    var (tenant, sourceId) = sources[i];
                    var sourceEntries = await _graph.GetSourceEntriesAsync(
                        tenant,
                        sourceId,
                        cancellationToken).ConfigureAwait(false);
                    var (vectors, fresh) = await EmbedAsync(
                        staging,
                        sourceEntries,
                        cancellationToken).ConfigureAwait(false);
                    await staging.ReplaceSourceAsync(
                        tenant,
                        sourceId,
                        vectors,
                        cancellationToken).ConfigureAwait(false);
                    entries += vectors.Count;
                    embedded += fresh;
                    progress?.Report(new ReindexProgress(tenant, sourceId, i + 1, sources.Count, entries));
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            await VectorIndexFile.ReplaceAsync(
                StagingPath,
                IndexPath,
                BackupPath,
                cancellationToken).ConfigureAwait(false);
            _logger.ReindexCompleted(space.ModelId, sources.Count, entries);
            return new ReindexReport(previous, space, tenants.Count, sources.Count, entries, embedded);
        }
        catch
        {
            VectorIndexFile.Delete(StagingPath);
            throw;
        }
    }

    private async Task<(IReadOnlyList<VectorEntry> Vectors, int Embedded)> EmbedAsync(
        EmbeddedVectorIndex staging,
        IReadOnlyList<KnowledgeEntry> entries,
        CancellationToken cancellationToken)
    {
        var embedded = await VectorEntryEmbedder.EmbedAsync(
            _embeddings,
            staging,
            [.. entries.Select(EmbeddingText.Input)],
            _batchSize,
            _passages,
            tokenCache: _tokenVectors?.CacheWhenEnabled,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return (embedded.Entries, embedded.Embedded);
    }
}
