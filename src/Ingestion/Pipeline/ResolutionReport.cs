// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>Reports the names a source wrote that were merged into an existing canonical node.</summary>
internal static class ResolutionReport
{
    public static IEnumerable<IngestionWarning> Merges(ParsedSource parsed, SourceCommit commit)
    {
        var kept = commit.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var canonicalNames = commit.Nodes.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
        foreach (var node in parsed.Nodes.Where(n => !kept.Contains(n.Id)).DistinctBy(n => n.Id))
        {
            var alias = commit.Aliases.FirstOrDefault(a => string.Equals(a.Alias, node.Name, StringComparison.Ordinal));
            if (alias is null)
            {
                continue;
            }

            var canonical = canonicalNames.GetValueOrDefault(alias.NodeId, alias.NodeId);
            yield return new IngestionWarning(
                node.Type,
                $"'{node.Name}' merged into '{canonical}' ({alias.NodeId}); '{node.Name}' is kept as an alias.");
        }
    }
}
