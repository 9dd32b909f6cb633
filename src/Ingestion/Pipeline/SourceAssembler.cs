// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Chunking;
using SalesCognition.Ingestion.Linking;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>
/// Turns a parsed source into one graph commit: resolves its nodes to canonical ones, cuts its sections into
/// bounded entries with stable ids, and links the entities each entry names.
/// </summary>
internal static class SourceAssembler
{
    private static readonly HashSet<string> ResolvedTypes = new(StringComparer.Ordinal)
    {
        "Product", "Feature", "Technology", "Competitor", "CompetitorProduct", "Industry", "Component", "Standard", "PainPoint",
    };

    // A case's pain points and standards are graph relations too, so the matcher can compare them exactly.
    private static readonly Dictionary<string, (string Relation, HashSet<string> Targets)[]> DerivedRelations = new(StringComparer.Ordinal)
    {
        ["Case"] =
        [
            ("uses", new(StringComparer.Ordinal) { "Product", "Feature", "Technology", "CompetitorProduct" }),
            ("faces", new(StringComparer.Ordinal) { "PainPoint" }),
            ("complies_with", new(StringComparer.Ordinal) { "Standard" }),
        ],
        ["NewsItem"] = [("announces", new(StringComparer.Ordinal) { "Competitor", "CompetitorProduct", "Product", "Technology" })],
    };

    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    public static SourceCommit Assemble(
        SourceRecord source,
        ParsedSource parsed,
        Gazetteer gazetteer,
        int chunkMaxChars)
    {
        var (nodes, aliases, renamed) = Resolve(parsed, gazetteer);
        gazetteer.AddControls(nodes.Values);
        var relations = parsed.Relations
            .Select(r => r with
            {
                FromId = renamed.GetValueOrDefault(r.FromId, r.FromId),
                ToId = renamed.GetValueOrDefault(r.ToId, r.ToId),
            })
            .ToList();

        var entries = new List<KnowledgeEntry>();
        foreach (var section in parsed.Sections)
        {
            var subjects = section.SubjectNodeIds.Select(id => renamed.GetValueOrDefault(id, id)).ToList();
            foreach (var slice in Chunker.Slices(section.Text, chunkMaxChars))
            {
                var text = section.Text.Substring(slice.Start, slice.Length);
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var mentions = subjects.Select(id => new EntityMention(id, "subject")).ToList();
                foreach (var (node, surface) in gazetteer.Find(text))
                {
                    nodes.TryAdd(node.Id, node with { NameIsAuthoritative = false });
                    mentions.Add(new EntityMention(node.Id, surface));
                    AddDerivedRelations(relations, nodes, subjects, node);
                }

                entries.Add(NewEntry(
                    source,
                    parsed,
                    section,
                    text,
                    SliceLocator(section, slice),
                    entries.Count,
                    mentions));
            }
        }

        return new SourceCommit
        {
            Source = source,
            Nodes = [.. nodes.Values],
            Relations = [.. relations.DistinctBy(r => (r.Type, r.FromId, r.ToId))],
            Aliases = aliases,
            Entries = entries,
        };
    }

    private static (Dictionary<string, GraphNode> Nodes, List<NodeAlias> Aliases, Dictionary<string, string> Renamed) Resolve(
        ParsedSource parsed,
        Gazetteer gazetteer)
    {
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var aliases = new List<NodeAlias>();
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in parsed.Nodes)
        {
            var canonical = ResolvedTypes.Contains(node.Type) ? gazetteer.Resolve(node.Type, node.Name) : null;
            if (canonical is null || canonical.Id == node.Id)
            {
                nodes.TryAdd(node.Id, canonical is null ? node : canonical with { NameIsAuthoritative = false });
                continue;
            }

            renamed[node.Id] = canonical.Id;
            nodes.TryAdd(canonical.Id, canonical with { NameIsAuthoritative = false });
            if (!string.Equals(node.Name, canonical.Name, StringComparison.Ordinal))
            {
                aliases.Add(new NodeAlias(canonical.Id, node.Name));
            }
        }

        aliases.AddRange(parsed.Aliases.Select(a => a with { NodeId = renamed.GetValueOrDefault(a.NodeId, a.NodeId) }));
        return (nodes, aliases, renamed);
    }

    private static void AddDerivedRelations(
        List<GraphRelation> relations,
        Dictionary<string, GraphNode> nodes,
        List<string> subjects,
        GraphNode mentioned)
    {
        foreach (var subject in subjects)
        {
            if (!nodes.TryGetValue(
                subject,
                out var subjectNode) || !DerivedRelations.TryGetValue(subjectNode.Type, out var rules))
            {
                continue;
            }

            foreach (var rule in rules.Where(r => r.Targets.Contains(mentioned.Type)))
            {
                relations.Add(new GraphRelation(
                    rule.Relation,
                    subject,
                    mentioned.Id,
                    new Dictionary<string, string> { ["rule"] = "mention" }));
            }
        }
    }

    /// <summary>
    /// The chunk's own character range in the source when the section's text is an exact range of the source
    /// (its locator spans exactly its length); otherwise the section's locator.
    /// </summary>
    private static SourceLocator SliceLocator(ParsedSection section, TextSlice slice)
    {
        var locator = section.Locator;
        return locator.Start >= 0 && locator.End - locator.Start == section.Text.Length
            ? SourceLocator.Range(locator.Start + slice.Start, locator.Start + slice.End)
            : locator;
    }

    private static KnowledgeEntry NewEntry(
        SourceRecord source,
        ParsedSource parsed,
        ParsedSection section,
        string text,
        SourceLocator locator,
        int ordinal,
        List<EntityMention> mentions)
    {
        var draft = new KnowledgeEntry
        {
            Id = "",
            Tenant = source.Tenant,
            SourceId = source.SourceId,
            Kind = section.EntryKind,
            Title = section.Title,
            HeadingPath = section.HeadingPath,
            Text = text,
            Ordinal = ordinal,
            Locator = locator,
            ContentHash = "",
            Ownership = parsed.Ownership,
            Mentions = mentions,
        };
        var hash = EmbeddingText.Hash(EmbeddingText.Of(draft));
        var id = "e-" + EmbeddingText.Hash(string.Create(
            CultureInfo.InvariantCulture,
            $"{source.SourceId}\n{ordinal}\n{hash}"))[..20];
        return draft with { Id = id, ContentHash = hash };
    }
}
