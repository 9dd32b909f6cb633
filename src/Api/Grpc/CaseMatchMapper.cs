// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Reasoning;
using SalesCognition.Retrieval.Reasoning.CaseMatching;

namespace SalesCognition.Api.Grpc;

/// <summary>Maps case-matching results to their proto messages.</summary>
internal static class CaseMatchMapper
{
    public static V1.MatchCasesResponse ToProto(CaseMatchResponse response)
    {
        var reply = new V1.MatchCasesResponse
        {
            Weights = new V1.FacetWeights
            {
                Industry = response.Weights.Industry,
                Size = response.Weights.Size,
                Region = response.Weights.Region,
                Products = response.Weights.Products,
                Text = response.Weights.Text,
                Graph = response.Weights.Graph,
            },
            Language = response.Language,
            CasesConsidered = response.CasesConsidered,
        };
        reply.Matches.AddRange(response.Matches.Select(ToProto));
        reply.Risks.AddRange(response.Risks.Select(ToProto));
        reply.MissingFacets.AddRange(response.MissingFacets);
        reply.Notes.AddRange(response.Notes);
        reply.EntryIds.AddRange(response.EntryIds);
        reply.ShownEntryIds.AddRange(response.ShownEntryIds);
        return reply;
    }

    private static V1.CaseMatch ToProto(CaseMatch match)
    {
        var facets = new V1.FacetScores();
        Set(match.Facets.Industry, v => facets.Industry = v);
        Set(match.Facets.Size, v => facets.Size = v);
        Set(match.Facets.Region, v => facets.Region = v);
        Set(match.Facets.Products, v => facets.Products = v);
        Set(match.Facets.Text, v => facets.Text = v);
        Set(match.Facets.Graph, v => facets.Graph = v);
        var proto = new V1.CaseMatch
        {
            CaseId = match.CaseId,
            Title = match.Title,
            Customer = match.Customer,
            Industry = match.Industry,
            Score = match.Score,
            Facets = facets,
            Reason = match.Reason,
            Region = match.Region,
            SizeBand = match.SizeBand,
            Outcome = match.Outcome,
            CloseDate = match.CloseDate,
            SimilarDeals = match.SimilarDeals,
        };
        proto.Products.AddRange(match.Products);
        proto.SharedPainPoints.AddRange(match.SharedPainPoints);
        proto.EntryIds.AddRange(match.EntryIds);
        proto.Sources.AddRange(match.Sources.Select(ToProto));
        if (match.Value is { } value)
        {
            proto.Value = value;
        }

        return proto;
    }

    private static V1.CaseMatchSource ToProto(EntrySource source) => new()
    {
        EntryId = source.EntryId,
        SourceId = source.SourceId,
        SourceUri = source.SourceUri,
        Locator = source.Locator,
        Section = source.Section,
    };

    private static void Set(double? value, Action<double> set)
    {
        if (value is { } v)
        {
            set(v);
        }
    }
}
