// Copyright (c) SalesCognition. All rights reserved.

using System.Security.Cryptography;
using System.Text;
using SalesCognition.Graph.Model;
using SalesCognition.Retrieval.Search;
using SalesCognition.Retrieval.Vectors;

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>
/// The text an entry is indexed and embedded as: a title line (title and heading path), then the text.
/// </summary>
internal static class EmbeddingText
{
    public static string TitleLine(KnowledgeEntry entry) => EntryText.TitleLine(entry);

    public static string Of(KnowledgeEntry entry) => EntryText.Of(entry);

    /// <summary>What the vector index embeds for an entry: the title line and text whole, the text by passage.</summary>
    public static EmbeddingInput Input(KnowledgeEntry entry) => new(entry.Id, entry.ContentHash, Of(entry), entry.Text);

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
