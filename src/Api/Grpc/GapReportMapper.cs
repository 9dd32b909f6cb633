// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Api.V1;
using SalesCognition.Retrieval.Reasoning;
using SalesCognition.Retrieval.Reasoning.GapAnalysis;

namespace SalesCognition.Api.Grpc;

/// <summary>Maps a <see cref="GapReport"/> to its proto message.</summary>
internal static class GapReportMapper
{
    public static ComplianceGapReport ToProto(GapReport report)
    {
        var reply = new ComplianceGapReport
        {
            Standard = report.Standard,
            StandardName = report.StandardName,
            Baseline = report.Baseline,
            BaselineName = report.BaselineName,
            Customer = report.Customer,
            Industry = report.Industry,
            Summary = ToProto(report.Summary),
        };
        reply.Families.AddRange(report.Families.Select(ToProto));
        reply.Controls.AddRange(report.Controls.Select(ToProto));
        reply.Notes.AddRange(report.Notes);
        reply.EntryIds.AddRange(report.EntryIds);
        return reply;
    }

    private static V1.GapSummary ToProto(Retrieval.Reasoning.GapAnalysis.GapSummary summary) => new()
    {
        Family = summary.Family,
        Required = summary.Required,
        Met = summary.Met,
        Partial = summary.Partial,
        Gap = summary.Gap,
        NotApplicable = summary.NotApplicable,
        Unknown = summary.Unknown,
    };

    private static V1.ControlGap ToProto(Retrieval.Reasoning.GapAnalysis.ControlGap control)
    {
        var message = new V1.ControlGap
        {
            Id = control.Id,
            Title = control.Title,
            Family = control.Family,
            Status = control.Status,
            NodeId = control.NodeId,
            ControlPoint = control.ControlPoint,
        };
        message.Evidence.AddRange(control.Evidence);
        message.Recommendations.AddRange(control.Recommendations.Select(ToProto));
        message.Cases.AddRange(control.Cases.Select(ToProto));
        message.EntryIds.AddRange(control.EntryIds);
        message.Sources.AddRange(control.Sources.Select(ToProto));
        return message;
    }

    private static V1.GapRecommendation ToProto(Retrieval.Reasoning.GapAnalysis.GapRecommendation recommendation)
    {
        var message = new V1.GapRecommendation
        {
            Product = recommendation.Product,
            Status = recommendation.Status,
            Confidence = recommendation.Confidence,
            Advice = recommendation.Advice,
            ProductId = recommendation.ProductId,
        };
        message.Lineage.AddRange(recommendation.Lineage);
        message.EntryIds.AddRange(recommendation.EntryIds);
        message.Sources.AddRange(recommendation.Sources.Select(ToProto));
        return message;
    }

    private static V1.GapCase ToProto(Retrieval.Reasoning.GapAnalysis.GapCase gapCase)
    {
        var message = new V1.GapCase
        {
            Id = gapCase.Id,
            Title = gapCase.Title,
            Product = gapCase.Product,
            Source = gapCase.Source,
        };
        message.EntryIds.AddRange(gapCase.EntryIds);
        message.Sources.AddRange(gapCase.Sources.Select(ToProto));
        return message;
    }

    private static GapSource ToProto(EntrySource source) => new()
    {
        EntryId = source.EntryId,
        SourceId = source.SourceId,
        SourceUri = source.SourceUri,
        Locator = source.Locator,
        Section = source.Section,
    };
}
