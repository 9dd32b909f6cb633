// Copyright (c) SalesCognition. All rights reserved.

using System.Text;
using System.Text.RegularExpressions;
using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.News.Internal;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.News;

/// <summary>
/// Reads a Keep-a-Changelog file (<c>CHANGELOG.md</c>, <c>## [0.9.0] - 2025-01-01</c> headings) as competitor news:
/// one <c>NewsItem</c> and one <c>ProductVersion</c> per released version, each newer version <c>supersedes</c> the
/// one before it. The product is the front matter's <c>product</c>, else the name of the folder holding the file.
/// Commented-out blocks (the usual <c>Unreleased</c> template) and the <c>Unreleased</c> section are skipped.
/// </summary>
public sealed partial class ChangelogReader : ISourceReader
{
    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    /// <inheritdoc />
    public string Name => "changelog";

    /// <inheritdoc />
    public bool CanRead(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var name = Path.GetFileNameWithoutExtension(input.Path);
        return Path.GetExtension(input.Path).Equals(".md", StringComparison.OrdinalIgnoreCase)
            && name.Contains("changelog", StringComparison.OrdinalIgnoreCase)
            && input.KindHint is SourceKinds.Auto or SourceKinds.News
            && VersionHeading().IsMatch(input.Text);
    }

    /// <inheritdoc />
    public ParsedSource Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var text = HtmlComment().Replace(input.Text, m => new string('\n', m.Value.Count(c => c == '\n')));
        var product = ProductOf(input);
        var releases = Releases(text);
        if (releases.Count == 0)
        {
            throw new SourceFormatException($"{input.Path}: no content (no released version section such as '## [1.0.0]').");
        }

        var nodes = new List<GraphNode>();
        var relations = new List<GraphRelation>();
        var sections = new List<ParsedSection>();
        var warnings = new List<IngestionWarning>();
        var emitted = new List<string>();
        foreach (var release in releases)
        {
            var body = Plain(text[release.BodyStart..release.End]);
            if (emitted.Contains(release.Version, StringComparer.Ordinal))
            {
                warnings.Add(new IngestionWarning(
                    $"line {release.Line}",
                    $"version {release.Version} appears twice; the later section is skipped"));
                continue;
            }

            if (body.Length == 0)
            {
                warnings.Add(new IngestionWarning(
                    $"line {release.Line}",
                    $"version {release.Version} has no notes; skipped"));
                continue;
            }

            var title = $"{product} {release.Version}";
            var newsId = NodeId.For("NewsItem", $"{input.SourceId}#{release.Version}");
            var properties = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["path"] = input.Path,
                ["version"] = release.Version,
            };
            if (release.Date is { } date)
            {
                properties["date"] = date;
            }

            nodes.Add(new GraphNode(
                newsId,
                "NewsItem",
                NodeId.NormalizeKey($"{input.SourceId}#{release.Version}"),
                title,
                properties));
            ReleaseFacts.Add(nodes, relations, newsId, product, release.Version, release.Date, body);
            emitted.Add(release.Version);
            sections.Add(new ParsedSection("news", title, [release.Version], body, SourceLocator.Range(release.Start, release.End))
            {
                SubjectNodeIds = [newsId],
            });
        }

        // The file states the order of its versions: each supersedes the next lower one it lists.
        var ordered = emitted.Distinct(StringComparer.Ordinal).Order(VersionOrder.Instance).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            relations.Add(new GraphRelation(
                "supersedes",
                ReleaseFacts.VersionNodeId(product, ordered[i]),
                ReleaseFacts.VersionNodeId(product, ordered[i - 1]),
                NoProperties));
        }

        return new ParsedSource
        {
            Kind = SourceKinds.News,
            Title = $"{product} changelog",
            Sections = sections,
            Nodes = nodes,
            Relations = [.. relations.DistinctBy(r => (r.Type, r.FromId, r.ToId))],
            Warnings = warnings,
        };
    }

    private static string ProductOf(SourceInput input)
    {
        var declared = ProductLine().Match(input.Text);
        if (declared.Success)
        {
            return declared.Groups["product"].Value.Trim();
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(input.Path)) ?? "");
        return string.IsNullOrWhiteSpace(folder) ? Path.GetFileNameWithoutExtension(input.Path) : folder;
    }

    private static List<Release> Releases(string text)
    {
        var headings = VersionHeading().Matches(text).Where(m => m.Groups["version"].Value.Length > 0).ToList();
        var releases = new List<Release>();
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var version = heading.Groups["version"].Value.Trim();
            var end = i + 1 < headings.Count ? headings[i + 1].Index : text.Length;
            if (version.Equals("unreleased", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var date = heading.Groups["date"].Success ? heading.Groups["date"].Value : null;
            var line = text.AsSpan(0, heading.Index).Count('\n') + 1;
            releases.Add(new Release(version, date, heading.Index, heading.Index + heading.Length, end, line));
        }

        return releases;
    }

    private static string Plain(string markdown)
    {
        var builder = new StringBuilder();
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            line = Emphasis().Replace(line, "");
            line = line.StartsWith('#') ? line.TrimStart('#').Trim() + ":" : ListMarker().Replace(line, "");
            builder.AppendLine(line);
        }

        return builder.ToString().Trim();
    }

    [GeneratedRegex(@"^#{1,3}\s*\[(?<version>[^\]\r\n]+)\][^\r\n]*?(?:(?<date>\d{4}-\d{2}-\d{2}))?[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex VersionHeading();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"^product:\s*(?<product>.+?)\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ProductLine();

    [GeneratedRegex(@"\*\*|__|`")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^(?:[-*+]|\d+\.)\s+")]
    private static partial Regex ListMarker();

    private sealed record Release(string Version, string? Date, int Start, int BodyStart, int End, int Line);
}
