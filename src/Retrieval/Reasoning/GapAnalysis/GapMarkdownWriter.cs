// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text;

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis;

/// <summary>
/// Writes a gap report as Markdown a rep can hand to a customer: the summary table first, then the open items
/// grouped by layer (MLPS 2.0, Chinese labels) or family (NIST, English labels), then the met items in brief.
/// </summary>
public static class GapMarkdownWriter
{
    private const int AdviceChars = 400;

    /// <summary>Renders the report.</summary>
    public static string Write(GapReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var labels = report.Standard.StartsWith(
            "mlps",
            StringComparison.OrdinalIgnoreCase) ? Labels.Chinese : Labels.English;
        var text = new StringBuilder();
        var customer = report.Customer.Length > 0 ? report.Customer : labels.NoCustomer;
        text.Append(CultureInfo.InvariantCulture, $"# {labels.Title}: {customer}\n\n");
        text.Append(
            CultureInfo.InvariantCulture,
            $"- {labels.Standard}: {report.StandardName} (`{report.Standard}`)\n");
        text.Append(
            CultureInfo.InvariantCulture,
            $"- {labels.Baseline}: {report.BaselineName} (`{report.Baseline}`)\n");
        if (report.Industry.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {labels.Industry}: {report.Industry}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n## {labels.Summary}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"| {labels.Family} | {string.Join(" | ", labels.Columns)} |\n");
        text.Append("|---|" + string.Concat(Enumerable.Repeat("---:|", labels.Columns.Length)) + "\n");
        foreach (var family in report.Families)
        {
            AppendRow(text, family.Family.Length > 0 ? family.Family : "-", family);
        }

        AppendRow(text, $"**{labels.Total}**", report.Summary);
        AppendOpen(text, report, labels);
        AppendClosed(text, report, labels);
        if (report.Notes.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {labels.Notes}\n\n");
            foreach (var note in report.Notes)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {note}\n");
            }
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, string name, GapSummary s) =>
        text.Append(
            CultureInfo.InvariantCulture,
            $"| {name} | {s.Required} | {s.Met} | {s.Partial} | {s.Gap} | {s.NotApplicable} | {s.Unknown} |\n");

    private static void AppendOpen(StringBuilder text, GapReport report, Labels labels)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n## {labels.OpenItems}\n");
        var open = report.Controls.Where(c => GapStatus.IsOpen(c.Status)).ToList();
        if (open.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{labels.NothingOpen}\n");
            return;
        }

        foreach (var family in open.GroupBy(c => c.Family))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n### {(family.Key.Length > 0 ? family.Key : "-")}\n");
            foreach (var control in family)
            {
                var point = control.ControlPoint.Length > 0 ? $"{control.ControlPoint}: " : "";
                text.Append(
                    CultureInfo.InvariantCulture,
                    $"\n#### {control.Id} · {labels.Status(control.Status)}\n\n{point}{OneLine(control.Title)}\n\n");
                foreach (var evidence in control.Evidence)
                {
                    text.Append(CultureInfo.InvariantCulture, $"- {labels.Evidence}: {evidence}\n");
                }

                foreach (var recommendation in control.Recommendations)
                {
                    var advice = recommendation.Advice.Length > 0 ? $" {Shorten(recommendation.Advice)}" : "";
                    text.Append(
                        CultureInfo.InvariantCulture,
                        $"- {labels.Recommendation} ({labels.Confidence(recommendation.Confidence)}, " +
                        $"{recommendation.Status}): **{recommendation.Product}**.{advice}\n");
                    text.Append(
                        CultureInfo.InvariantCulture,
                        $"  - {labels.Lineage}: {string.Join("; ", recommendation.Lineage)}\n");
                }

                foreach (var @case in control.Cases)
                {
                    text.Append(
                        CultureInfo.InvariantCulture,
                        $"- {labels.Case}: {@case.Title} ({@case.Product}; {@case.Source})\n");
                }
            }
        }
    }

    private static void AppendClosed(StringBuilder text, GapReport report, Labels labels)
    {
        var closed = report.Controls.Where(c => !GapStatus.IsOpen(c.Status)).ToList();
        if (closed.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"\n## {labels.ClosedItems}\n\n");
        foreach (var control in closed)
        {
            var why = control.Evidence.Count > 0 ? $" {control.Evidence[0]}" : "";
            text.Append(CultureInfo.InvariantCulture, $"- {control.Id} ({labels.Status(control.Status)}):{why}\n");
        }
    }

    private static string OneLine(string text) => string.Join(
        ' ',
        text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Shorten(string text)
    {
        var line = OneLine(text);
        return line.Length <= AdviceChars ? line : line[..AdviceChars] + "…";
    }

    private sealed record Labels(
        string Title,
        string Standard,
        string Baseline,
        string Industry,
        string Summary,
        string Family,
        string[] Columns,
        string Total,
        string OpenItems,
        string NothingOpen,
        string ClosedItems,
        string Evidence,
        string Recommendation,
        string Lineage,
        string Case,
        string Notes,
        string NoCustomer,
        IReadOnlyDictionary<string, string> Statuses,
        IReadOnlyDictionary<string, string> Tiers)
    {
        public static Labels Chinese { get; } = new(
            "等保合规差距分析",
            "标准",
            "级别",
            "行业",
            "概览",
            "安全层面",
            ["要求项", "已满足", "部分满足", "差距", "不适用", "未评估"],
            "合计",
            "待整改项",
            "无待整改项。",
            "已满足及不适用项",
            "依据",
            "建议",
            "出处",
            "案例",
            "说明",
            "(未填写客户)",
            new Dictionary<string, string>
            {
                [GapStatus.Met] = "已满足",
                [GapStatus.Partial] = "部分满足",
                [GapStatus.Gap] = "差距",
                [GapStatus.NotApplicable] = "不适用",
                [GapStatus.Unknown] = "未评估",
            },
            new Dictionary<string, string>
            {
                [ConfidenceTier.High] = "高可信",
                [ConfidenceTier.Medium] = "中可信",
                [ConfidenceTier.Low] = "低可信",
            });

        public static Labels English { get; } = new(
            "Compliance gap analysis",
            "Standard",
            "Baseline",
            "Industry",
            "Summary",
            "Family",
            ["Required", "Met", "Partial", "Gap", "Not applicable", "Unknown"],
            "Total",
            "Open items",
            "Nothing is open.",
            "Met and not applicable",
            "Evidence",
            "Recommendation",
            "Lineage",
            "Case",
            "Notes",
            "(no customer named)",
            new Dictionary<string, string>
            {
                [GapStatus.Met] = "met",
                [GapStatus.Partial] = "partial",
                [GapStatus.Gap] = "gap",
                [GapStatus.NotApplicable] = "not applicable",
                [GapStatus.Unknown] = "unknown",
            },
            new Dictionary<string, string>
            {
                [ConfidenceTier.High] = "high confidence",
                [ConfidenceTier.Medium] = "medium confidence",
                [ConfidenceTier.Low] = "low confidence",
            });

        public string Status(string status) => Statuses.GetValueOrDefault(status, status);

        public string Confidence(string tier) => Tiers.GetValueOrDefault(tier, tier);
    }
}
