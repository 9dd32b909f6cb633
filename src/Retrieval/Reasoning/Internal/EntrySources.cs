// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;

namespace SalesCognition.Retrieval.Reasoning.Internal;

/// <summary>
/// Turns the entries an answer shows into their <see cref="EntrySource"/>s, reading each distinct source record once.
/// </summary>
internal sealed class EntrySources
{
    private readonly Dictionary<string, EntrySource> _byEntry;

    private EntrySources(Dictionary<string, EntrySource> byEntry)
    {
        _byEntry = byEntry;
    }

    /// <summary>Reads the source records behind <paramref name="entries"/>.</summary>
    public static async Task<EntrySources> ResolveAsync(
        IGraphStore store,
        string tenant,
        IEnumerable<KnowledgeEntry> entries,
        CancellationToken cancellationToken)
    {
        var distinct = entries.DistinctBy(e => e.Id).ToList();
        var uris = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sourceId in distinct.Select(e => e.SourceId).Distinct(StringComparer.Ordinal))
        {
            var record = await store.GetSourceAsync(tenant, sourceId, cancellationToken).ConfigureAwait(false);
            uris[sourceId] = record?.Uri ?? "";
        }

        return new EntrySources(distinct.ToDictionary(
            e => e.Id,
            e => new EntrySource(
                e.Id,
                e.SourceId,
                uris[e.SourceId],
                e.Locator.ToString(),
                string.Join(" > ", e.HeadingPath)),
            StringComparer.Ordinal));
    }

    /// <summary>The sources of <paramref name="entryIds"/>, in order; unknown entries are skipped.</summary>
    public IReadOnlyList<EntrySource> Of(IEnumerable<string> entryIds) =>
    [
        .. entryIds.Select(id => _byEntry.GetValueOrDefault(id)).OfType<EntrySource>(),
    ];
}
