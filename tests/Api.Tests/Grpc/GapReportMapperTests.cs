// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Api.Grpc;
using SalesCognition.Retrieval.Reasoning;
using SalesCognition.Retrieval.Reasoning.GapAnalysis;

namespace SalesCognition.Api.Tests.Grpc;

public sealed class GapReportMapperTests
{
    [Fact]
    public void ToProto_Report_CopiesEntriesAndSourcesOfControlsRecommendationsAndCases()
    {
        var recommendation = new GapRecommendation(
            "Lumina Gateway",
            "implemented",
            ConfidenceTier.High,
            "",
            ["cd.json"])
        {
            EntryIds = ["r1"],
            Sources = [new EntrySource("r1", "cd", "/data/cd.json", "components/lumina", "")],
        };
        var gapCase = new GapCase("case:city-bank", "City Bank", "Lumina Gateway", "city-bank.md")
        {
            EntryIds = ["k1", "k2"],
            Sources =
            [
                new EntrySource("k1", "cb", "/data/city-bank.md", "chars 0-50", "Summary"),
                new EntrySource("k2", "cb", "/data/city-bank.md", "chars 51-90", "Results"),
            ],
        };
        var control = new ControlGap("AU-2", "Event Logging", "AU", GapStatus.Gap, [], [recommendation], [gapCase])
        {
            EntryIds = ["c1", "r1", "k1", "k2"],
            Sources = [new EntrySource("c1", "cat", "/data/cat.json", "controls/au-2", "")],
        };
        var report = new GapReport
        {
            Standard = "nist-800-53-rev5",
            StandardName = "NIST SP 800-53",
            Baseline = "moderate",
            BaselineName = "Moderate",
            Customer = "Example",
            Summary = GapSummary.Of("", [control]),
            Families = [GapSummary.Of("AU", [control])],
            Controls = [control],
            EntryIds = ["c1", "r1", "k1", "k2"],
        };

        var proto = GapReportMapper.ToProto(report);

        Assert.Equal(["c1", "r1", "k1", "k2"], proto.EntryIds);
        var mapped = Assert.Single(proto.Controls);
        Assert.Equal(["c1", "r1", "k1", "k2"], mapped.EntryIds);
        Assert.Equal(("c1", "cat", "/data/cat.json", "controls/au-2"), Tuple(Assert.Single(mapped.Sources)));
        var mappedRecommendation = Assert.Single(mapped.Recommendations);
        Assert.Equal(ConfidenceTier.High, mappedRecommendation.Confidence);
        Assert.Equal(["r1"], mappedRecommendation.EntryIds);
        Assert.Equal(
            ("r1", "cd", "/data/cd.json", "components/lumina"),
            Tuple(Assert.Single(mappedRecommendation.Sources)));
        var mappedCase = Assert.Single(mapped.Cases);
        Assert.Equal(["k1", "k2"], mappedCase.EntryIds);
        Assert.Equal(["Summary", "Results"], mappedCase.Sources.Select(s => s.Section));
    }

    private static (string, string, string, string) Tuple(V1.GapSource source) =>
        (source.EntryId, source.SourceId, source.SourceUri, source.Locator);
}
