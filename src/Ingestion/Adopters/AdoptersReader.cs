// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;
using SalesCognition.Ingestion.Adopters.Internal;
using SalesCognition.Ingestion.Linking;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Adopters;

/// <summary>
/// Reads an adopters list (a project's <c>ADOPTERS.md</c>: one bullet per organisation, a link to it and a paragraph
/// on how it uses the project) as one Case per adopter: <c>for_customer</c> the organisation, <c>in_industry</c> the
/// industry its first sentence names (through the ontology's gazetteer; missing when it names none), the paragraph as
/// the case's one entry. Products, technologies, standards and pain points the paragraph names are linked by the
/// pipeline like any case text's. Chosen for a Markdown file without front matter named <c>ADOPTERS.md</c>, or for
/// any such list of linked paragraphs under <c>--kind cases</c>.
/// </summary>
public sealed class AdoptersReader : ISourceReader
{
    private const string FileName = "ADOPTERS.md";

    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    private readonly Lazy<Gazetteer> _gazetteer;

    /// <summary>Creates the reader over the ontology whose seed entities name industries and the project.</summary>
    public AdoptersReader(Ontology ontology)
    {
        ArgumentNullException.ThrowIfNull(ontology);

        _gazetteer = new Lazy<Gazetteer>(() => Gazetteer.FromSeeds(ontology));
    }

    /// <inheritdoc />
    public string Name => "adopters";

    /// <inheritdoc />
    public bool CanRead(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var extension = Path.GetExtension(input.Path).ToLowerInvariant();
        if (extension is not (".md" or ".markdown") || input.Text.TrimStart('\uFEFF').StartsWith(
            "---",
            StringComparison.Ordinal))
        {
            return false;
        }

        var named = string.Equals(Path.GetFileName(input.Path), FileName, StringComparison.OrdinalIgnoreCase);
        var asked = input.KindHint == SourceKinds.Cases;
        return (named && input.KindHint is SourceKinds.Auto or SourceKinds.Cases || asked)
            && AdopterList.Parse(input.Text).Adopters.Count > 0;
    }

    /// <inheritdoc />
    public ParsedSource Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var (adopters, nameOnly) = AdopterList.Parse(input.Text);
        if (adopters.Count == 0)
        {
            throw new SourceFormatException(
                $"{input.Path}: no adopter paragraphs (expected '* [Organisation](url) - how it uses the project').");
        }

        var gazetteer = _gazetteer.Value;
        var project = Project(gazetteer, adopters);
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var relations = new List<GraphRelation>();
        var sections = new List<ParsedSection>();
        var warnings = new List<IngestionWarning>();
        foreach (var adopter in adopters)
        {
            var title = project is null ? $"{adopter.Name}: adopter" : $"{adopter.Name}: {project.Name} adopter";
            var key = $"{input.SourceId}#{adopter.Name}";
            if (nodes.ContainsKey(NodeId.For("Case", key)))
            {
                warnings.Add(new IngestionWarning(
                    $"line {adopter.Line}",
                    $"adopter '{adopter.Name}' is listed twice; the first paragraph is kept"));
                continue;
            }

            var caseId = Add(nodes, "Case", key, title, CaseProperties(input, adopter));
            var customerId = Add(
                nodes,
                "Customer",
                adopter.Name,
                adopter.Name,
                new Dictionary<string, string> { ["website"] = adopter.Url });
            relations.Add(new GraphRelation("for_customer", caseId, customerId, NoProperties));
            var industry = gazetteer
                .Find(AdopterList.FirstSentence(adopter.Text))
                .Select(f => f.Node)
                .FirstOrDefault(n => n.Type == "Industry");
            if (industry is not null)
            {
                var industryId = Add(nodes, "Industry", industry.Key, industry.Name, NoProperties);
                relations.Add(new GraphRelation("in_industry", caseId, industryId, NoProperties));
                relations.Add(new GraphRelation("in_industry", customerId, industryId, NoProperties));
            }

            sections.Add(new ParsedSection(
                "case",
                title,
                adopter.HeadingPath,
                adopter.Text,
                SourceLocator.Range(adopter.Start, adopter.End))
            {
                SubjectNodeIds = [caseId],
            });
        }

        if (nameOnly > 0)
        {
            warnings.Add(new IngestionWarning(
                "",
                $"{nameOnly} adopters are listed by name only, with no paragraph; they were not made cases"));
        }

        return new ParsedSource
        {
            Kind = SourceKinds.Cases,
            Title = adopters[0].HeadingPath.Count > 0 ? adopters[0].HeadingPath[0] : Path.GetFileNameWithoutExtension(input.Path),
            Ownership = DataOwnership.CustomerAuthorised,
            Sections = sections,
            Nodes = [.. nodes.Values],
            Relations = relations,
            Warnings = warnings,
        };
    }

    /// <summary>
    /// The project the list is about: the seed product or technology most paragraphs name (at least half).
    /// </summary>
    private static GraphNode? Project(Gazetteer gazetteer, IReadOnlyList<Adopter> adopters)
    {
        var counts = adopters
            .SelectMany(a => gazetteer.Find(a.Text).Select(f => f.Node).Where(n => n.Type is "Technology" or "Product"))
            .GroupBy(n => n.Id, StringComparer.Ordinal)
            .Select(g => (Node: g.First(), Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Node.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return counts.Node is not null && counts.Count * 2 >= adopters.Count ? counts.Node : null;
    }

    private static Dictionary<string, string> CaseProperties(SourceInput input, Adopter adopter) => new(StringComparer.Ordinal)
    {
        ["path"] = input.Path,
        ["line"] = adopter.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["website"] = adopter.Url,
    };

    private static string Add(
        Dictionary<string, GraphNode> nodes,
        string type,
        string key,
        string name,
        IReadOnlyDictionary<string, string> properties)
    {
        var id = NodeId.For(type, key);
        nodes.TryAdd(id, new GraphNode(id, type, NodeId.NormalizeKey(key), name, properties));
        return id;
    }
}
