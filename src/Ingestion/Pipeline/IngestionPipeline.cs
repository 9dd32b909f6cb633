// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Ingestion.Internal;
using SalesCognition.Ingestion.Pipeline.Internal;
using SalesCognition.Ingestion.Sources;
using SalesCognition.Retrieval.Text;
using SalesCognition.Retrieval.Vectors;

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>
/// The one ingestion pipeline: read, parse, chunk, link, embed, and commit graph, text index and vectors per source.
/// A bad source is reported and skipped; the rest of the batch goes on and nothing already stored is lost.
/// </summary>
public sealed partial class IngestionPipeline
{
    private static readonly HashSet<string> KnownExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".markdown", ".mdx", ".html", ".htm", ".json", ".csv",
    };

    private readonly IGraphStore _graph;
    private readonly ITextIndex _text;
    private readonly IVectorIndex _vectors;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;
    private readonly IReadOnlyList<ISourceReader> _readers;
    private readonly IngestionOptions _options;
    private readonly ILogger<IngestionPipeline> _logger;
    private readonly SourceGate _gate = new();
    private readonly IReadOnlyList<ISourceChangeObserver> _observers;
    private readonly TokenVectorWarmer? _tokenVectors;

    /// <summary>
    /// Creates the pipeline over the stores; <paramref name="observers"/> hear of every committed or removed source, and
    /// <paramref name="tokenVectors"/>, when enabled, has the embedded texts' token vectors kept from the same model run.
    /// </summary>
    public IngestionPipeline(
        IGraphStore graph,
        ITextIndex text,
        IVectorIndex vectors,
        IEmbeddingGenerator<string, Embedding<float>> embeddings,
        IEnumerable<ISourceReader> readers,
        IOptions<IngestionOptions> options,
        ILogger<IngestionPipeline> logger,
        IEnumerable<ISourceChangeObserver>? observers = null,
        TokenVectorWarmer? tokenVectors = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _graph = graph;
        _text = text;
        _vectors = vectors;
        _embeddings = embeddings;
        _readers = [.. readers];
        _options = options.Value;
        _logger = logger;
        _observers = [.. observers ?? []];
        _tokenVectors = tokenVectors;
    }

    /// <summary>
    /// Ingests files and folders (recursively); <paramref name="kind"/> is <c>auto</c> or a forced kind.
    /// </summary>
    public async Task<IngestReport> IngestAsync(
        IReadOnlyList<string> paths,
        string kind = SourceKinds.Auto,
        string tenant = TenantIds.Default,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        if (!SourceKinds.All.Contains(kind))
        {
            throw new ArgumentException(
                $"Unknown kind '{kind}'; expected one of {string.Join(", ", SourceKinds.All)}.",
                nameof(kind));
        }

        await EnsureRecoveredAsync(tenant, cancellationToken).ConfigureAwait(false);
        var (files, missing) = Enumerate(paths);
        var results = new List<SourceResult>(missing);
        var total = files.Count + missing.Count;
        _logger.IngestionStarted(total);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await IngestFileAsync(file, kind, tenant, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            progress?.Report(new IngestProgress(results.Count, total, result));
        }

        var report = new IngestReport(results);
        _logger.IngestionCompleted(report.Added, report.Updated, report.Unchanged, report.Failed.Count);
        return report;
    }

    private static (List<string> Files, List<SourceResult> Missing) Enumerate(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        var missing = new List<SourceResult>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory
                    .EnumerateFiles(
                        path,
                        "*",
                        new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
                    .Where(f => KnownExtensions.Contains(Path.GetExtension(f)))
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(new SourceResult(path, SourceOutcome.Failed, $"{path}: no such file or folder."));
            }
        }

        // Standards first: their controls must exist before documents that cite them are linked.
        var ordered = files.Distinct(StringComparer.Ordinal)
            .OrderBy(f => Path.GetExtension(f).Equals(".json", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ToList();
        return (ordered, missing);
    }
}
