// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text.Json;
using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.News.Internal;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.News;

/// <summary>
/// Reads a JSON news feed: an array of <c>{id, title, date, product, version, url, body}</c> objects, one
/// <c>NewsItem</c> each (and a <c>ProductVersion</c> when <c>version</c> is given). A bad row is reported with its
/// index and field and skipped; the good rows ingest. Taken for <c>.json</c> files whose first item has a
/// <c>title</c> and a <c>body</c>, or any <c>.json</c> file ingested with <c>--kind news</c>.
/// </summary>
public sealed class NewsFeedReader : ISourceReader
{
    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    /// <inheritdoc />
    public string Name => "news-feed";

    /// <inheritdoc />
    public bool CanRead(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        if (!Path.GetExtension(input.Path).Equals(".json", StringComparison.OrdinalIgnoreCase)
            || input.KindHint is not (SourceKinds.Auto or SourceKinds.News))
        {
            return false;
        }

        if (input.KindHint == SourceKinds.News)
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(input.Text);
            return document.RootElement is { ValueKind: JsonValueKind.Array } root
                && root.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
                && first.TryGetProperty("title", out _) && first.TryGetProperty("body", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public ParsedSource Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(input.Text);
        }
        catch (JsonException ex)
        {
            throw new SourceFormatException(
                $"{input.Path}:{(ex.LineNumber ?? 0) + 1}: the news feed is not valid JSON: {ex.Message}",
                ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new SourceFormatException($"{input.Path}: a news feed must be a JSON array of items.");
            }

            var feed = new Feed(input);
            var index = 0;
            foreach (var row in document.RootElement.EnumerateArray())
            {
                feed.Add(index++, row);
            }

            if (feed.Sections.Count == 0)
            {
                var reasons = string.Join("; ", feed.Warnings.Select(w => $"{w.Location}: {w.Message}"));
                throw new SourceFormatException(
                    $"{input.Path}: no content (no valid news item{(reasons.Length > 0 ? ": " + reasons : "")}).");
            }

            return new ParsedSource
            {
                Kind = SourceKinds.News,
                Title = Path.GetFileNameWithoutExtension(input.Path),
                Sections = feed.Sections,
                Nodes = feed.Nodes,
                Relations = [.. feed.Relations.DistinctBy(r => (r.Type, r.FromId, r.ToId))],
                Warnings = feed.Warnings,
            };
        }
    }

    private sealed class Feed(SourceInput input)
    {
        public List<GraphNode> Nodes { get; } = [];

        public List<GraphRelation> Relations { get; } = [];

        public List<ParsedSection> Sections { get; } = [];

        public List<IngestionWarning> Warnings { get; } = [];

        public void Add(int index, JsonElement row)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"[{index}]");
            if (row.ValueKind != JsonValueKind.Object)
            {
                Warnings.Add(new IngestionWarning(at, $"row skipped: expected an object, found {row.ValueKind}"));
                return;
            }

            string? Field(string name, bool required)
            {
                if (!row.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    if (required)
                    {
                        Warnings.Add(new IngestionWarning($"{at}.{name}", "row skipped: the field is missing"));
                    }

                    return null;
                }

                if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
                {
                    Warnings.Add(new IngestionWarning(
                        $"{at}.{name}",
                        $"row skipped: expected a string, found {value.ValueKind}"));
                    throw new FormatException();
                }

                var text = value.ToString().Trim();
                if (required && text.Length == 0)
                {
                    Warnings.Add(new IngestionWarning($"{at}.{name}", "row skipped: the field is empty"));
                    return null;
                }

                return text;
            }

            string? id, title, body, date, product, version, url;
            try
            {
                (id, title, body) = (Field("id", false), Field("title", true), Field("body", true));
                (date, product, version, url) = (Field(
                    "date",
                    false), Field("product", false), Field("version", false), Field("url", false));
            }
            catch (FormatException)
            {
                return;
            }

            if (title is null || body is null)
            {
                return;
            }

            if (date is not null)
            {
                if (!DateTimeOffset.TryParse(
                    date,
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal,
                    out var parsed))
                {
                    Warnings.Add(new IngestionWarning(
                        $"{at}.date",
                        $"row skipped: '{date}' is not a date (expected YYYY-MM-DD)"));
                    return;
                }

                date = parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            var key = $"{input.SourceId}#{id ?? index.ToString(CultureInfo.InvariantCulture)}";
            var newsId = NodeId.For("NewsItem", key);
            if (Nodes.Any(n => n.Id == newsId))
            {
                Warnings.Add(new IngestionWarning($"{at}.id", $"row skipped: the id '{id}' is used by an earlier row"));
                return;
            }

            var properties = new Dictionary<string, string>(StringComparer.Ordinal) { ["path"] = input.Path };
            foreach (var (name, value) in new[] { ("date", date), ("url", url), ("version", version) })
            {
                if (value is not null)
                {
                    properties[name] = value;
                }
            }

            Nodes.Add(new GraphNode(newsId, "NewsItem", NodeId.NormalizeKey(key), title, properties));
            if (product is not null)
            {
                if (version is not null)
                {
                    ReleaseFacts.Add(Nodes, Relations, newsId, product, version, date, body);
                }
                else
                {
                    var productId = NodeId.For("CompetitorProduct", product);
                    if (!Nodes.Any(n => n.Id == productId))
                    {
                        Nodes.Add(new GraphNode(
                            productId,
                            "CompetitorProduct",
                            NodeId.NormalizeKey(product),
                            product,
                            NoProperties));
                    }

                    Relations.Add(new GraphRelation("announces", newsId, productId, NoProperties));
                }
            }

            Sections.Add(new ParsedSection("news", title, [], body, SourceLocator.At(at)) { SubjectNodeIds = [newsId] });
        }
    }
}
