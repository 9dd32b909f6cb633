// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Retrieval.Search;

/// <summary>
/// The text an entry is embedded and re-ranked as: a title line (title and heading path), then the text. Ingestion
/// and search both use it, so the token vectors kept at ingestion are the ones a search looks up.
/// </summary>
public static class EntryText
{
    /// <summary>The title, then each heading of the path that differs from it, joined by " &gt; ".</summary>
    public static string TitleLine(KnowledgeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);

        var path = entry.HeadingPath.Where(h => !string.Equals(h, entry.Title, StringComparison.OrdinalIgnoreCase));
        return string.Join(" > ", path.Prepend(entry.Title).Where(p => p.Length > 0));
    }

    /// <summary>The title line, a line break, then the text.</summary>
    public static string Of(KnowledgeEntry entry) => TitleLine(entry) + "\n" + entry.Text;
}
