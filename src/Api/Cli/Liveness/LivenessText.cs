// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text;
using SalesCognition.Api.Grpc;
using SalesCognition.Retrieval.Liveness;

namespace SalesCognition.Api.Cli.Liveness;

/// <summary>The Markdown and CSV forms of liveness reports, entry histories and actions.</summary>
internal static class LivenessText
{
    private static readonly string[] CsvColumns =
    [
        "entry_id", "kind", "title", "section", "source_id", "archived", "score", "usage", "freshness", "rating",
        "age_days", "last_content_change", "content_change_from",
        "retrieved_7d", "retrieved_30d", "retrieved_90d", "retrieved_total",
        "shown_7d", "shown_30d", "shown_90d", "shown_total",
        "cited_7d", "cited_30d", "cited_90d", "cited_total",
        "last_retrieved", "last_cited", "rating_average", "rating_count", "needs_review", "reasons",
    ];

    public static string ReportMarkdown(IReadOnlyList<EntryLiveness> entries, string formula)
    {
        var text = new StringBuilder();
        Line(text, $"# Liveness report: {entries.Count} lowest entries");
        text.AppendLine();
        Line(text, $"`{formula}`");
        text.AppendLine();
        if (entries.Count == 0)
        {
            text.AppendLine("(no entries)");
            return text.ToString();
        }

        text.AppendLine("| # | score | usage + freshness + rating | entry | kind | title | age (d) | retrieved " +
            "7/30/90/all | cited 7/30/90/all | rating | why |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            text.AppendLine(
                Invariant($"| {i + 1} | {e.Score.Value:0.0000} | {e.Score.Usage.Contribution:0.0000} + ") +
                Invariant($"{e.Score.Freshness.Contribution:0.0000} + ") +
                Invariant($"{e.Score.Rating.Contribution:0.0000} | `{e.EntryId}` | {e.Kind} | {Cell(Title(e))} | {e.AgeDays:0} | ") +
                Invariant($"{Counts(e.Retrieved)} | {Counts(e.Cited)} | {Rating(e)} | {Cell(string.Join("; ", e.Reasons))} |"));
        }

        return text.ToString();
    }

    public static string ReportCsv(IReadOnlyList<EntryLiveness> entries)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', CsvColumns));
        foreach (var e in entries)
        {
            string[] values =
            [
                e.EntryId, e.Kind, e.Title, e.Section, e.SourceId, e.Archived ? "true" : "false",
                Number(e.Score.Value), Number(e.Score.Usage.Contribution), Number(e.Score.Freshness.Contribution),
                Number(e.Score.Rating.Contribution), Number(e.AgeDays), LivenessMapper.Time(e.LastContentChange), e.ContentChangeFrom,
                .. CountCells(e.Retrieved), .. CountCells(e.Shown), .. CountCells(e.Cited),
                LivenessMapper.Time(e.LastRetrieved), LivenessMapper.Time(e.LastCited),
                e.RatingAverage is { } average ? Number(average) : "", Int(e.RatingCount), Int(e.NeedsReview),
                string.Join("; ", e.Reasons),
            ];
            text.AppendLine(string.Join(',', values.Select(Csv)));
        }

        return text.ToString();
    }

    public static string ShowMarkdown(EntryHistory history, string formula)
    {
        var e = history.Metrics;
        var text = new StringBuilder();
        Line(text, $"# {Title(e)}");
        text.AppendLine();
        Line(text, $"- entry: `{e.EntryId}` ({e.Kind}{(e.Archived ? ", archived" : "")})");
        Line(text, $"- source: {e.SourceId}");
        Line(
            text,
            $"- last content change: {LivenessMapper.Time(e.LastContentChange)} ({e.ContentChangeFrom}); age {e.AgeDays:0.#} days");
        Line(text, $"- retrieved 7/30/90/all: {Counts(e.Retrieved)}; last {Or(LivenessMapper.Time(e.LastRetrieved))}");
        Line(text, $"- shown 7/30/90/all: {Counts(e.Shown)}");
        Line(text, $"- cited 7/30/90/all: {Counts(e.Cited)}; last {Or(LivenessMapper.Time(e.LastCited))}");
        Line(text, $"- rating: {Rating(e)}");
        Line(text, $"- open needs-review flags: {e.NeedsReview}");
        text.AppendLine();
        Line(text, $"## Score {e.Score.Value:0.0000}");
        text.AppendLine();
        Line(text, $"`{formula}`");
        text.AppendLine();
        foreach (var term in e.Score.Terms)
        {
            Line(
                text,
                $"- {term.Name}: {term.Weight:0.###} × {term.Value:0.0000} = {term.Contribution:0.0000} ({term.Explanation})");
        }

        if (e.Reasons.Count > 0)
        {
            Line(text, $"- why low: {string.Join("; ", e.Reasons)}");
        }

        text.AppendLine();
        text.AppendLine("## Usage by week (last 90 days)");
        text.AppendLine();
        foreach (var week in history.Daily.Chunk(7))
        {
            text.AppendLine(
                Invariant($"- {week[0].Day:yyyy-MM-dd}: retrieved {week.Sum(d => d.Retrieved)}, ") +
                Invariant($"shown {week.Sum(d => d.Shown)}, cited {week.Sum(d => d.Cited)}"));
        }

        text.AppendLine();
        text.AppendLine("## Ratings");
        text.AppendLine();
        text.AppendLine(history.Ratings.Count == 0 ? "(none)" : string.Join(Environment.NewLine, history.Ratings.Select(r =>
            Invariant($"- {LivenessMapper.Time(r.At)}: {r.Score}/5{(r.Comment is null ? "" : " - " + r.Comment)} ({r.Caller.Id})"))));
        text.AppendLine();
        text.AppendLine("## Audit");
        text.AppendLine();
        text.AppendLine(history.Audit.Count == 0 ? "(none)" : string.Join(Environment.NewLine, history.Audit.Select(a =>
            Invariant($"- {LivenessMapper.Time(a.At)}: {a.Action} by {a.Actor}: ") +
            Invariant($"{(a.Reason.Length == 0 ? "(no reason given)" : a.Reason)}"))));
        return text.ToString();
    }

    public static string Action(PruneResult result, string verb)
    {
        var text = new StringBuilder();
        Line(
            text,
            $"{verb} {result.EntryIds.Count} entries{(result.Audit is { } audit ? Invariant($" (audit record {audit.Id})") : "")}");
        foreach (var id in result.EntryIds)
        {
            Line(text, $"  {id}");
        }

        return text.ToString();
    }

    private static string Title(EntryLiveness e) => e.Section.Length > 0 ? $"{e.Title} / {e.Section}" : e.Title;

    private static string Counts(UsageCounts c) => Invariant($"{c.Last7Days}/{c.Last30Days}/{c.Last90Days}/{c.Total}");

    private static string[] CountCells(UsageCounts c) => [Int(c.Last7Days), Int(c.Last30Days), Int(c.Last90Days), Int(c.Total)];

    private static string Rating(EntryLiveness e) =>
        e.RatingAverage is { } average ? Invariant($"{average:0.##}/5 ({e.RatingCount})") : "unrated";

    private static string Or(string time) => time.Length == 0 ? "never" : time;

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace(
        "|",
        "\\|",
        StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace(
            "\"",
            "\"\"",
            StringComparison.Ordinal) + "\"" : value;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Line(
        StringBuilder text,
        FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
