// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Api.V1;
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
        message.Recommendations.AddRange(control.Recommendations.Select(r =>
        {
            var recommendation = new V1.GapRecommendation
            {
                Product = r.Product,
                Status = r.Status,
                Confidence = r.Confidence,
                Advice = r.Advice,
                ProductId = r.ProductId,
            };
            recommendation.Lineage.AddRange(r.Lineage);
            return recommendation;
        }));
        message.Cases.AddRange(control.Cases.Select(c => new V1.GapCase { Id = c.Id, Title = c.Title, Product = c.Product, Source = c.Source }));
        return message;
    }
}
