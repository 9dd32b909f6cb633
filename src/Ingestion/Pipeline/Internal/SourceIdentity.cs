// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Markdown;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Pipeline.Internal;

/// <summary>
/// The stable identity of a source: the <c>source_id</c> its front matter declares, else its normalised absolute path.
/// </summary>
internal static class SourceIdentity
{
    private static readonly HashSet<string> FrontMatterExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".markdown", ".mdx", ".html", ".htm",
    };

    /// <summary>The identity a file has when it declares none: its absolute path with forward slashes.</summary>
    public static string OfPath(string path) => Path.GetFullPath(path).Replace('\\', '/');

    /// <summary>The <c>source_id</c> the front matter of <paramref name="text"/> declares, if any.</summary>
    public static string? Declared(string path, string text)
    {
        if (!FrontMatterExtensions.Contains(Path.GetExtension(path)))
        {
            return null;
        }

        try
        {
            var declared = FrontMatter.Parse(path, text).Text("source_id");
            return string.IsNullOrWhiteSpace(declared) ? null : declared;
        }
        catch (SourceFormatException)
        {
            // The reader reports the broken front matter with its line; the identity falls back to the path.
            return null;
        }
    }
}
