// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using System.Text.RegularExpressions;
using SalesCognition.Retrieval.Reasoning.GapAnalysis;
using SalesCognition.Testing;

namespace SalesCognition.EndToEnd.Tests.GapAnalysis;

/// <summary>
/// The issue's "must show" list on the real data; expected figures are counted from the data files themselves.
/// </summary>
public sealed partial class RealGapTests(RealGapFixture fixture) : IClassFixture<RealGapFixture>
{
    private const string Data = "mlps2-gbt22239-2019";

    [RequiresDataFact(Data)]
    public void Ingest_RealSources_AllSucceed()
    {
        Assert.Empty(fixture.Host.Ingest.Failed);
    }

    [RequiresDataFact(Data)]
    public async Task AnalyzeAsync_ModerateNothingImplemented_RequiresEveryResolvedControlAndAllAreOpen()
    {
        var expected = CountControls(JsonDocument.Parse(await File.ReadAllTextAsync(GapPaths.Moderate)).RootElement.GetProperty("catalog"));

        var report = await fixture.Host.Analyzer.AnalyzeAsync(new GapProfile { Standard = "nist-800-53-rev5", Baseline = "moderate" });

        Assert.Equal(expected, report.Summary.Required);
        Assert.Equal(expected, report.Controls.Count);
        Assert.All(report.Controls, c => Assert.True(GapStatus.IsOpen(c.Status), $"{c.Id} is {c.Status}"));
    }

    [RequiresDataFact(Data)]
    public async Task AnalyzeAsync_ModerateWithOpenShiftDefinition_RecommendsOpenShiftWhereItsDefinitionSays()
    {
        var statuses = OpenShiftStatuses(await File.ReadAllTextAsync(GapPaths.OpenShift));

        var report = await fixture.Host.Analyzer.AnalyzeAsync(new GapProfile { Standard = "nist-800-53-rev5", Baseline = "moderate" });

        var checkedCount = 0;
        foreach (var control in report.Controls)
        {
            var fromOpenShift = control.Recommendations.Where(r => r.ProductId == "component:ocp4").ToList();
            if (!statuses.TryGetValue(control.NodeId, out var status))
            {
                Assert.Empty(fromOpenShift);
                continue;
            }

            checkedCount++;
            if (status is "implemented" or "partial" or "alternative")
            {
                var recommendation = Assert.Single(fromOpenShift);
                Assert.Equal(ConfidenceTier.High, recommendation.Confidence);
                Assert.Equal(status, recommendation.Status);
                Assert.Contains(
                    "ocp4-nist_ocp4-moderate.component-definition.json",
                    recommendation.Lineage[0],
                    StringComparison.Ordinal);
            }
            else
            {
                Assert.Empty(fromOpenShift);
            }
        }

        Assert.True(checkedCount > 100, $"only {checkedCount} required controls appear in the OpenShift definition");
    }

    [RequiresDataFact(Data)]
    public async Task AnalyzeAsync_OpenShiftRun_MeetsImplementedAndPartlyMeetsPartialControls()
    {
        var statuses = OpenShiftStatuses(await File.ReadAllTextAsync(GapPaths.OpenShift));

        var report = await fixture.Host.Analyzer.AnalyzeAsync(
            new GapProfile { Standard = "nist-800-53-rev5", Baseline = "moderate", Components = ["OpenShift"] });

        foreach (var control in report.Controls)
        {
            var expected = statuses.GetValueOrDefault(control.NodeId) switch
            {
                "implemented" => GapStatus.Met,
                "partial" or "alternative" => GapStatus.Partial,
                _ => GapStatus.Gap,
            };
            Assert.True(expected == control.Status, $"{control.Id}: expected {expected}, got {control.Status}");
            if (expected != GapStatus.Gap)
            {
                Assert.Contains(
                    control.Evidence,
                    e => e.Contains("'OpenShift'", StringComparison.Ordinal) && e.Contains("ocp4", StringComparison.Ordinal));
            }
        }
    }

    [RequiresDataFact(Data)]
    public async Task AnalyzeAsync_MlpsLevel3_RequiresTheLevel3ItemsOfTheData()
    {
        var rows = RequirementRows();
        var general = rows.Count(r => r.Category == "安全通用要求" && r.L3);
        var cloud = rows.Count(r => r.Category.StartsWith("云计算", StringComparison.Ordinal) && r.L3);

        var plain = await fixture.Host.Analyzer.AnalyzeAsync(new GapProfile { Standard = "mlps-2.0", Level = "3" });
        var withCloud = await fixture.Host.Analyzer.AnalyzeAsync(
            new GapProfile { Standard = "mlps-2.0", Level = "3", Extensions = ["cloud"] });

        Assert.Equal(general, plain.Summary.Required);
        Assert.Equal(general + cloud, withCloud.Summary.Required);
        Assert.Contains(withCloud.Controls, c => c.Id.StartsWith("CLOUD-", StringComparison.Ordinal));
        Assert.DoesNotContain(plain.Controls, c => c.Id.StartsWith("CLOUD-", StringComparison.Ordinal));
    }

    [RequiresDataFact(Data)]
    public async Task AnalyzeAsync_MlpsLevel3Cloud_ShowsTheAdviceOfAtLeast75RowsWithTheirRow()
    {
        var report = await fixture.Host.Analyzer.AnalyzeAsync(
            new GapProfile { Standard = "mlps-2.0", Level = "3", Extensions = ["cloud"] });

        var advised = report.Controls
            .SelectMany(c => c.Recommendations.Where(r => r.Status == "advised").Select(r => (Control: c, Recommendation: r)))
            .ToList();
        var rows = advised
            .Select(a => RowPattern().Match(a.Recommendation.Lineage[0]))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet();
        Assert.True(rows.Count >= 75, $"only {rows.Count} remediation rows attached");
        Assert.Equal(advised.Count, rows.Count);
        Assert.All(advised, a =>
        {
            Assert.Equal(GapStatus.Gap, a.Control.Status);
            Assert.False(string.IsNullOrWhiteSpace(a.Recommendation.Advice));
            Assert.Equal(ConfidenceTier.Medium, a.Recommendation.Confidence);
            Assert.StartsWith(
                "mlps2_level3_aliyun_remediation.csv row ",
                a.Recommendation.Lineage[0],
                StringComparison.Ordinal);
        });
    }

    [RequiresDataFact(Data)]
    public void Ingest_Remediation_ReportsEveryUnattachedRowWithItsReason()
    {
        var source = fixture.Host.Ingest.Sources.Single(s => s.Source.EndsWith(
            "mlps2_level3_aliyun_remediation.csv",
            StringComparison.Ordinal));

        var unattached = source.Warnings.Where(w => w.Contains("was not attached", StringComparison.Ordinal)).ToList();

        Assert.InRange(unattached.Count, 1, 97 - 75);
        var centre = unattached.Where(w => w.Contains("安全管理中心 /", StringComparison.Ordinal)).ToList();
        Assert.Equal(12, centre.Count);
        Assert.All(centre, w => Assert.Contains("no general items in layer 安全管理中心", w, StringComparison.Ordinal));
        Assert.Contains(
            unattached,
            w => w.Contains("row 90 ", StringComparison.Ordinal) && w.Contains("not a layer of GB/T 22239-2019", StringComparison.Ordinal));
    }

    [RequiresDataFact(Data)]
    public void Ingest_Requirements_ReportsTheKnownDefectsAsWarnings()
    {
        var source = fixture.Host.Ingest.Sources.Single(s => s.Source.EndsWith(
            "mlps2_requirements_by_level.csv",
            StringComparison.Ordinal));

        Assert.Contains(source.Warnings, w => w.Contains("no item in layer 安全管理中心", StringComparison.Ordinal));
        Assert.Contains(
            source.Warnings,
            w => w.Contains("198 general items at level 3", StringComparison.Ordinal) && w.Contains("211", StringComparison.Ordinal));
        Assert.Contains(source.Warnings, w => w.Contains("OCR look-alike", StringComparison.Ordinal));
    }

    [RequiresDataFact(Data)]
    public async Task AnalyzeAsync_BastionHostRun_PartlyMeetsTheItemsWhoseAdviceNamesIt()
    {
        var before = await fixture.Host.Analyzer.AnalyzeAsync(
            new GapProfile { Standard = "mlps-2.0", Level = "3", Implemented = ["GEN-012"] });
        var after = await fixture.Host.Analyzer.AnalyzeAsync(
            new GapProfile { Standard = "mlps-2.0", Level = "3", Implemented = ["GEN-012"], Components = ["堡垒机"] });

        Assert.Equal(GapStatus.Met, before.Controls.Single(c => c.Id == "GEN-012").Status);
        Assert.Equal(0, before.Summary.Partial);
        var changed = after.Controls.Where(c => c.Status == GapStatus.Partial).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, c =>
        {
            Assert.Contains(c.Evidence, e => e.Contains("'堡垒机'", StringComparison.Ordinal));
            Assert.Contains(c.Recommendations, r => r.Advice.Contains("堡垒机", StringComparison.Ordinal));
        });
        Assert.Equal(before.Summary.Gap - changed.Count, after.Summary.Gap);
    }

    private static int CountControls(JsonElement owner)
    {
        var count = 0;
        foreach (var name in new[] { "groups", "controls" })
        {
            if (owner.TryGetProperty(name, out var children))
            {
                foreach (var child in children.EnumerateArray())
                {
                    count += (name == "controls" ? 1 : 0) + CountControls(child);
                }
            }
        }

        return count;
    }

    private static Dictionary<string, string> OpenShiftStatuses(string json)
    {
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        var root = JsonDocument.Parse(json).RootElement.GetProperty("component-definition");
        var ocp4 = root
            .GetProperty("components")
            .EnumerateArray()
            .Single(c => c.GetProperty("title").GetString() == "ocp4");
        foreach (var implementation in ocp4.GetProperty("control-implementations").EnumerateArray())
        {
            foreach (var requirement in implementation.GetProperty("implemented-requirements").EnumerateArray())
            {
                var status = requirement.GetProperty("props").EnumerateArray()
                    .First(p => p.GetProperty("name").GetString() == "implementation-status").GetProperty("value").GetString()!;
                statuses.TryAdd("control:" + requirement.GetProperty("control-id").GetString(), status);
            }
        }

        return statuses;
    }

    private static List<(string Category, bool L3)> RequirementRows() =>
    [
        .. File.ReadAllLines(GapPaths.Mlps("mlps2_requirements_by_level.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Select(fields => (fields[1], fields[^2] == "1")),
    ];

    [GeneratedRegex(@"\.csv row (\d+) ")]
    private static partial Regex RowPattern();
}
