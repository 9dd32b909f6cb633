// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Api.Grpc;
using SalesCognition.Retrieval.Reasoning;
using SalesCognition.Retrieval.Reasoning.CaseMatching;

namespace SalesCognition.Api.Tests.Grpc;

public sealed class CaseMatchMapperTests
{
    [Fact]
    public void ToProto_ResponseWithTextLegAndShownEntries_KeepsThemApart()
    {
        var response = Response(Match("case:a", ["e1", "e2"]), Match("case:b", ["e3"])) with
        {
            EntryIds = ["t1", "t2", "t3"],
            ShownEntryIds = ["e1", "e2", "e3"],
        };

        var proto = CaseMatchMapper.ToProto(response);

        Assert.Equal(["t1", "t2", "t3"], proto.EntryIds);
        Assert.Equal(["e1", "e2", "e3"], proto.ShownEntryIds);
    }

    [Fact]
    public void ToProto_MatchWithSources_CopiesEntriesAndSourcesInOrder()
    {
        var match = Match("case:a", ["e2", "e1"]) with
        {
            Sources =
            [
                new EntrySource("e2", "src-2", "/data/b.md", "chars 10-90", "Results"),
                new EntrySource("e1", "src-1", "/data/a.json", "cases/3", ""),
            ],
        };

        var proto = CaseMatchMapper.ToProto(Response(match)).Matches.Single();

        Assert.Equal(["e2", "e1"], proto.EntryIds);
        Assert.Equal(
            [("e2", "src-2", "/data/b.md", "chars 10-90", "Results"), ("e1", "src-1", "/data/a.json", "cases/3", "")],
            proto.Sources.Select(s => (s.EntryId, s.SourceId, s.SourceUri, s.Locator, s.Section)));
    }

    [Fact]
    public void ToProto_Risk_CarriesItsEntriesToo()
    {
        var response = Response() with { Risks = [Match("case:lost", ["e9"])] };

        var proto = CaseMatchMapper.ToProto(response);

        Assert.Equal(["e9"], Assert.Single(proto.Risks).EntryIds);
    }

    private static CaseMatchResponse Response(params CaseMatch[] matches) => new()
    {
        Matches = matches,
        Weights = new CaseMatchWeights(),
        MissingFacets = [],
        Language = "en",
    };

    private static CaseMatch Match(string caseId, IReadOnlyList<string> entryIds) => new()
    {
        CaseId = caseId,
        Title = caseId,
        Customer = "",
        Industry = "",
        Outcome = "won",
        Score = 0.5,
        Facets = new CaseFacetScores(1, null, null, null, null, null),
        Reason = "",
        EntryIds = entryIds,
    };
}
