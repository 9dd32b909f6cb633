// Copyright (c) SalesCognition. All rights reserved.

using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SalesCognition.Retrieval.Internal;
using SalesCognition.Retrieval.Text.Internal;

namespace SalesCognition.Retrieval.Text;

/// <summary>
/// The embedded text index: a Lucene.Net index in one folder, scored with BM25, analysed for mixed
/// Chinese and English text.
/// </summary>
/// <remarks>
/// <para>
/// One writer is kept open for the life of the instance; writes are serialised and each one is committed
/// (durable on disk) before its task completes, and searches see it from then on. Lucene's write lock allows
/// one instance per folder, in one process.
/// </para>
/// <para>
/// The work is synchronous (Lucene.Net has no asynchronous API); the returned tasks are already
/// completed. A cancellation token is checked before the work starts, never in the middle of a write.
/// </para>
/// </remarks>
public sealed partial class LuceneTextIndex : ITextIndex
{
    /// <summary>The most distinct query terms a search uses; longer queries keep their first terms.</summary>
    public const int MaxQueryTerms = 256;

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>What <see cref="TextAnalysis.Default"/> means, chosen by measurement on the evaluation sets.</summary>
    private const TextAnalysis DefaultAnalysis = TextAnalysis.DictionaryWithBigrams;

    private readonly System.Threading.Lock _writeLock = new();
    private readonly string _path;
    private readonly FSDirectory _directory;
    private readonly MixedLanguageAnalyzer _analyzer;
    private readonly BM25Similarity _similarity = new();
    private readonly SearcherManager _searcherManager;
    private readonly ILogger _logger;
    private IndexWriter _writer;
    private volatile bool _disposed;

    /// <summary>Opens the index in a folder, creating the folder and an empty index if needed.</summary>
    /// <param name="directoryPath">The folder of the index, for example <c>{dataDir}/text</c>.</param>
    /// <param name="logger">Receives lifecycle and write events; ids only, never text.</param>
    /// <param name="analysis">
    /// How Chinese is cut into terms. An index must be searched with the analysis it was built with; changing it
    /// needs a rebuild (re-ingest into a new data folder).
    /// </param>
    /// <exception cref="LockObtainFailedException">Another writer holds the folder.</exception>
    public LuceneTextIndex(
        string directoryPath,
        ILogger<LuceneTextIndex>? logger = null,
        TextAnalysis analysis = TextAnalysis.Default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directoryPath);

        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _analyzer = new MixedLanguageAnalyzer(analysis == TextAnalysis.Default ? DefaultAnalysis : analysis);
        _path = Path.GetFullPath(directoryPath);
        System.IO.Directory.CreateDirectory(_path);
        _directory = FSDirectory.Open(_path);
        try
        {
            _writer = OpenWriter();
            if (!DirectoryReader.IndexExists(_directory))
            {
                // A searcher manager over the folder needs a first commit to open.
                _writer.Commit();
            }

            _searcherManager = new SearcherManager(_directory, new SimilaritySearcherFactory(_similarity));
        }
        catch
        {
            _writer?.Dispose();
            _directory.Dispose();
            _analyzer.Dispose();
            throw;
        }

        _logger.TextIndexOpened(_path, _writer.NumDocs);
    }

    /// <summary>
    /// Adds domain terms (ontology names, aliases, codes) to the process-wide Chinese dictionary, so that text
    /// analysed from now on keeps each as one term (<c>等保2.0</c>, <c>合规</c>). Call before indexing.
    /// </summary>
    public static void AddDomainTerms(IEnumerable<string> terms) => ChineseDictionary.AddTerms(terms);

    /// <inheritdoc />
    public Task ReplaceSourceAsync(
        string tenant,
        string sourceId,
        IReadOnlyList<TextDocument> documents,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        ArgumentNullException.ThrowIfNull(documents);
        ValidateDocuments(tenant, sourceId, documents);

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        try
        {
            List<Document> luceneDocuments = documents.Select(ToLuceneDocument).ToList();
            WriteAndCommit(tenant, sourceId, writer =>
            {
                writer.DeleteDocuments(SourceQuery(tenant, sourceId));
                writer.AddDocuments(luceneDocuments);
            });

            _logger.TextSourceReplaced(tenant, sourceId, luceneDocuments.Count);
            return Task.CompletedTask;
        }
        catch (Exception ex)
        {
            return Task.FromException(ex);
        }
    }

    /// <inheritdoc />
    public Task RemoveSourceAsync(string tenant, string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        try
        {
            WriteAndCommit(tenant, sourceId, writer => writer.DeleteDocuments(SourceQuery(tenant, sourceId)));

            _logger.TextSourceRemoved(tenant, sourceId);
            return Task.CompletedTask;
        }
        catch (Exception ex)
        {
            return Task.FromException(ex);
        }
    }

    /// <summary>Closes the searchers, the writer and the folder. Everything written is already committed.</summary>
    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            try
            {
                _searcherManager.Dispose();
                _writer.Dispose();
            }
            finally
            {
                _directory.Dispose();
                _analyzer.Dispose();
            }
        }

        _logger.TextIndexClosed(_path);
    }

    private static void ValidateDocuments(string tenant, string sourceId, IReadOnlyList<TextDocument> documents)
    {
        var entryIds = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < documents.Count; i++)
        {
            TextDocument? document = documents[i];
            string? problem = document switch
            {
                null => "is null",
                { EntryId: var id } when string.IsNullOrWhiteSpace(id) => "has no entry id",
                { Kind: null } or { Title: null } or { Text: null } => "has a null kind, title or text",
                _ when !string.Equals(document.Tenant, tenant, StringComparison.Ordinal) =>
                    "belongs to another tenant",
                _ when !string.Equals(document.SourceId, sourceId, StringComparison.Ordinal) =>
                    "belongs to another source",
                _ when !entryIds.Add(document.EntryId) => $"repeats entry id '{document.EntryId}'",
                _ => null,
            };

            if (problem is not null)
            {
                throw new ArgumentException($"Document {i} of source '{sourceId}' {problem}.", nameof(documents));
            }
        }
    }

    private static Document ToLuceneDocument(TextDocument document) =>
    [
        new StringField(TextFields.EntryId, document.EntryId, Field.Store.YES),
        new StringField(TextFields.Tenant, document.Tenant, Field.Store.NO),
        new StringField(TextFields.SourceId, document.SourceId, Field.Store.YES),
        new StringField(TextFields.Kind, document.Kind, Field.Store.YES),
        new TextField(TextFields.Title, document.Title, Field.Store.NO),
        // The body field holds the title too: one BM25 field over the whole entry ranks far better than a short,
        // heavily boosted title field (SciFact dev nDCG@10 0.62 -> 0.70); the title field adds a small bonus.
        new TextField(
            TextFields.Text,
            document.Title.Length == 0 ? document.Text : document.Title + "\n" + document.Text,
            Field.Store.NO),
    ];

    private static BooleanQuery SourceQuery(string tenant, string sourceId) =>
    [
        new BooleanClause(new TermQuery(new Term(TextFields.Tenant, tenant)), Occur.MUST),
        new BooleanClause(new TermQuery(new Term(TextFields.SourceId, sourceId)), Occur.MUST),
    ];

    private IndexWriter OpenWriter()
    {
        var config = new IndexWriterConfig(Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = _similarity,
        };

        return new IndexWriter(_directory, config);
    }

    /// <summary>
    /// Applies one change under the write lock and commits it, or rolls every uncommitted change back.
    /// </summary>
    private void WriteAndCommit(string tenant, string sourceId, Action<IndexWriter> change)
    {
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);

            try
            {
                change(_writer);
                _writer.Commit();
            }
            catch (Exception ex)
            {
                // Without a rollback, the half-applied change would be committed by the next write.
                _logger.TextWriteRolledBack(ex, tenant, sourceId);
                ReopenWriterAfterRollback();
                throw;
            }

            _searcherManager.MaybeRefreshBlocking();
        }
    }

    private void ReopenWriterAfterRollback()
    {
        try
        {
            _writer.Rollback();
            _writer = OpenWriter();
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ObjectDisposedException)
        {
            _logger.TextWriterReopenFailed(ex);
        }
    }
}
