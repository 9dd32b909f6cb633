// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Review.Sqlite;
using SalesCognition.Graph.Schema;
using SalesCognition.Graph.Storage.Sqlite;
using SalesCognition.Ingestion.Markdown;
using SalesCognition.Ingestion.News;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Retrieval.Text;
using SalesCognition.Retrieval.Vectors;
using SalesCognition.Testing;

namespace SalesCognition.Ingestion.Tests.News;

/// <summary>
/// Real embedded stores in a temp folder with the news readers, the review flagger and the fake embeddings.
/// </summary>
internal sealed class NewsFixture : IDisposable
{
    private NewsFixture(TempDirectory folder, SqliteGraphStore graph, LuceneTextIndex text, EmbeddedVectorIndex vectors)
    {
        Folder = folder;
        Graph = graph;
        Text = text;
        Vectors = vectors;
        Flags = new SqliteReviewFlagStore(folder.Combine("data", "graph.db"));
        Reviews = new ReviewService(Flags);
        Facts = new ProductFactsService(graph);
        Pipeline = new IngestionPipeline(
            graph,
            text,
            vectors,
            new HashingEmbeddingGenerator(),
            [new NewsFeedReader(), new ChangelogReader(), new MarkdownReader()],
            Options.Create(new IngestionOptions { MaxFileBytes = 1024 * 1024 }),
            NullLogger<IngestionPipeline>.Instance,
            [new ReviewFlagger(graph, Flags, TimeProvider.System, NullLogger<ReviewFlagger>.Instance)]);
    }

    public TempDirectory Folder { get; }

    public SqliteGraphStore Graph { get; }

    public LuceneTextIndex Text { get; }

    public EmbeddedVectorIndex Vectors { get; }

    public SqliteReviewFlagStore Flags { get; }

    public ReviewService Reviews { get; }

    public ProductFactsService Facts { get; }

    public IngestionPipeline Pipeline { get; }

    public static async Task<NewsFixture> CreateAsync()
    {
        var folder = new TempDirectory();
        var graph = new SqliteGraphStore(
            folder.Combine("data", "graph.db"),
            OntologyLoader.Load(RepositoryPaths.Ontologies),
            TimeProvider.System,
            NullLogger<SqliteGraphStore>.Instance);
        await graph.InitializeAsync();
        var text = new LuceneTextIndex(folder.Combine("data", "text"));
        var vectors = await EmbeddedVectorIndex.OpenAsync(
            folder.Combine("data", "vectors.db"),
            new VectorSpace("test-hashing", 64));
        return new NewsFixture(folder, graph, text, vectors);
    }

    public void Dispose()
    {
        Text.Dispose();
        Vectors.Dispose();
        Flags.Dispose();
        Graph.Dispose();
        Folder.Dispose();
    }
}
