// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Schema;
using SalesCognition.Graph.Storage.Sqlite;
using SalesCognition.Ingestion.Markdown;
using SalesCognition.Ingestion.Oscal;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Ingestion.Sources;
using SalesCognition.Retrieval.Text;
using SalesCognition.Retrieval.Vectors;
using SalesCognition.Testing;

namespace SalesCognition.Ingestion.Tests.Pipeline;

/// <summary>The real embedded stores in a temp folder, with the hashing stand-in for the embedding model.</summary>
internal sealed class PipelineFixture : IDisposable
{
    private PipelineFixture(
        TempDirectory folder,
        SqliteGraphStore graph,
        LuceneTextIndex text,
        EmbeddedVectorIndex vectors,
        IEmbeddingGenerator<string, Embedding<float>>? embeddings,
        IReadOnlyList<ISourceReader>? readers = null)
    {
        Folder = folder;
        Graph = graph;
        Text = text;
        Vectors = vectors;
        Pipeline = new IngestionPipeline(
            graph,
            text,
            vectors,
            embeddings ?? Embeddings,
            readers ?? [new OscalReader(), new MarkdownReader()],
            Options.Create(new IngestionOptions { MaxFileBytes = 64 * 1024 }),
            NullLogger<IngestionPipeline>.Instance);
    }

    public TempDirectory Folder { get; }

    public SqliteGraphStore Graph { get; }

    public LuceneTextIndex Text { get; }

    public EmbeddedVectorIndex Vectors { get; }

    public HashingEmbeddingGenerator Embeddings { get; } = new();

    public IngestionPipeline Pipeline { get; }

    public static async Task<PipelineFixture> CreateAsync(
        IEmbeddingGenerator<string, Embedding<float>>? embeddings = null,
        IReadOnlyList<ISourceReader>? readers = null)
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
        return new PipelineFixture(folder, graph, text, vectors, embeddings, readers);
    }

    public void Dispose()
    {
        Text.Dispose();
        Vectors.Dispose();
        Graph.Dispose();
        Folder.Dispose();
    }
}
