// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Search;

namespace SalesCognition.Api.Grpc;

/// <summary>Maps domain search hits to their proto messages.</summary>
internal static class SearchHitMapper
{
    public static V1.SearchHit ToProto(SearchHit hit)
    {
        var proto = new V1.SearchHit
        {
            Id = hit.Id,
            Kind = hit.Kind,
            Title = hit.Title,
            Source = hit.Source,
            Section = hit.Section,
            Snippet = hit.Snippet,
            Score = hit.Score,
            Locator = hit.Locator,
            Components = new V1.ScoreComponents
            {
                Bm25Rank = hit.Components.Bm25Rank ?? 0,
                Bm25Score = hit.Components.Bm25Score ?? 0,
                VectorRank = hit.Components.VectorRank ?? 0,
                VectorScore = hit.Components.VectorScore ?? 0,
                Fused = hit.Components.Fused,
                Fusion = hit.Components.Fusion,
                VectorWeight = hit.Components.VectorWeight,
                VectorNote = hit.Components.VectorNote ?? "",
                FusedBeforeGraph = hit.Components.FusedBeforeGraph,
            },
        };
        if (hit.Components.GraphProximity is { } proximity)
        {
            proto.Components.GraphProximity = proximity;
        }

        if (hit.Components.VectorPassageScore is { } passage)
        {
            proto.Components.VectorPassageScore = passage;
        }

        if (hit.Components.RerankScore is { } rerank)
        {
            proto.Components.RerankScore = rerank;
            proto.Components.FusedBeforeRerank = hit.Components.FusedBeforeRerank ?? hit.Components.Fused;
        }

        proto.Entities.AddRange(hit.Entities.Select(e => new V1.EntityRef { Id = e.Id, Type = e.Type, Name = e.Name }));
        proto.NeedsReview.AddRange(hit.NeedsReview.Select(r => new V1.ReviewReason
        {
            NewsId = r.NewsId,
            NewsTitle = r.NewsTitle,
            NewsDate = r.NewsDate ?? "",
            FlaggedAt = r.FlaggedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        }));
        return proto;
    }
}
