// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Markdown;

/// <summary>The graph facts a Markdown source states through its front matter, by kind.</summary>
internal static class MarkdownFacts
{
    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    public static string DetectKind(SourceInput input, FrontMatter frontMatter)
    {
        if (input.KindHint != SourceKinds.Auto)
        {
            return input.KindHint;
        }

        var declared = (frontMatter.Text("kind") ?? frontMatter.Text("type") ?? "").ToLowerInvariant();
        if (declared is "case" or "cases" or "case-study" || frontMatter.Has("case_study_details"))
        {
            return SourceKinds.Cases;
        }

        var path = input.Path.Replace('\\', '/').ToLowerInvariant();
        if (declared is "news" or "release-notes" or "advisory" || path.Contains("/news/", StringComparison.Ordinal)
            || path.Contains("release-notes", StringComparison.Ordinal))
        {
            return SourceKinds.News;
        }

        return SourceKinds.Docs;
    }

    public static string EntryKind(string kind) => kind switch
    {
        SourceKinds.Cases => "case",
        SourceKinds.News => "news",
        _ => "section",
    };

    public static ParsedSource Build(
        SourceInput input,
        FrontMatter frontMatter,
        string kind,
        string title,
        IReadOnlyList<ParsedSection> sections)
    {
        var facts = new Facts();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal) { ["path"] = input.Path };
        if (frontMatter.Text("date") is { } date)
        {
            properties["date"] = date;
        }

        var subject = kind switch
        {
            SourceKinds.Cases => facts.Node("Case", input.SourceId, title, properties),
            SourceKinds.News => facts.Node("NewsItem", input.SourceId, title, properties),
            _ => facts.Node("Document", input.SourceId, title, properties),
        };

        if (kind == SourceKinds.Cases)
        {
            AddCaseFacts(facts, subject, frontMatter);
        }
        else if (kind == SourceKinds.News)
        {
            foreach (var product in frontMatter.List("products").Concat(frontMatter.List("product")))
            {
                facts.Relate("announces", subject, facts.Node("CompetitorProduct", product, product));
            }

            foreach (var competitor in frontMatter.List("competitor"))
            {
                facts.Relate("announces", subject, facts.Node("Competitor", competitor, competitor));
            }
        }
        else
        {
            foreach (var product in frontMatter.List("products").Concat(frontMatter.List("product")))
            {
                facts.Relate("describes", subject, facts.Node("Product", product, product));
            }
        }

        return new ParsedSource
        {
            Kind = kind,
            Title = title,
            Ownership = kind == SourceKinds.Cases ? DataOwnership.CustomerAuthorised : DataOwnership.CompanyOwned,
            Sections = [.. sections.Select(s => s with { SubjectNodeIds = [subject] })],
            Nodes = facts.Nodes,
            Relations = facts.Relations,
        };
    }

    private static void AddCaseFacts(Facts facts, string caseId, FrontMatter frontMatter)
    {
        var details = frontMatter.Details("case_study_details");
        var customer = frontMatter.Text("customer") ?? details.GetValueOrDefault("Company");
        var industry = frontMatter.Text("industry") ?? details.GetValueOrDefault("Industry");
        var region = frontMatter.Text("region") ?? frontMatter.Text("location") ?? details.GetValueOrDefault("Location");

        string? customerId = null;
        if (!string.IsNullOrWhiteSpace(customer))
        {
            customerId = facts.Node("Customer", customer, customer);
            facts.Relate("for_customer", caseId, customerId);
        }

        if (!string.IsNullOrWhiteSpace(industry))
        {
            var industryId = facts.Node("Industry", industry, industry);
            facts.Relate("in_industry", caseId, industryId);
            if (customerId is not null)
            {
                facts.Relate("in_industry", customerId, industryId);
            }
        }

        if (!string.IsNullOrWhiteSpace(region))
        {
            facts.Relate("located_in", caseId, facts.Node("Region", region, region));
        }

        foreach (var product in frontMatter.List("products"))
        {
            facts.Relate("uses", caseId, facts.Node("Product", product, product));
        }
    }

    private sealed class Facts
    {
        public List<GraphNode> Nodes { get; } = [];

        public List<GraphRelation> Relations { get; } = [];

        public string Node(string type, string key, string name, IReadOnlyDictionary<string, string>? properties = null)
        {
            var id = NodeId.For(type, key);
            if (!Nodes.Any(n => n.Id == id))
            {
                Nodes.Add(new GraphNode(id, type, NodeId.NormalizeKey(key), name, properties ?? NoProperties));
            }

            return id;
        }

        public void Relate(
            string type,
            string from,
            string to) => Relations.Add(new GraphRelation(type, from, to, NoProperties));
    }
}
