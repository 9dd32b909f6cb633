// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using Grpc.Core;
using SalesCognition.Api.V1;
using SalesCognition.Graph.Model;
using SalesCognition.Retrieval.Liveness;
using SalesCognition.Retrieval.Reasoning.GapAnalysis;

namespace SalesCognition.Api.Grpc;

/// <summary>The gRPC face of the proposal reasoners; maps the proto to <see cref="GapAnalyzer"/> and back.</summary>
internal sealed class ProposalGrpcService(
    GapAnalyzer analyzer,
    IUsageRecorder usage) : ProposalService.ProposalServiceBase
{
    public override async Task<ComplianceGapReport> AnalyzeComplianceGaps(
        AnalyzeComplianceGapsRequest request,
        ServerCallContext context)
    {
        var profile = new GapProfile
        {
            Customer = request.Customer,
            Industry = request.Industry,
            Standard = request.Standard,
            Level = request.Level == 0 ? "" : request.Level.ToString(CultureInfo.InvariantCulture),
            Baseline = request.Baseline,
            Extensions = [.. request.Extensions],
            Implemented = [.. request.Implemented],
            Partial = [.. request.Partial],
            NotApplicable = [.. request.NotApplicable],
            Components = [.. request.Components],
            Unlisted = request.Unlisted.Length == 0 ? GapStatus.Gap : request.Unlisted,
        };
        try
        {
            var report = await analyzer.AnalyzeAsync(
                profile,
                new GapAnalysisOptions { IncludeTextMatches = request.IncludeTextMatches },
                cancellationToken: context.CancellationToken);

            // Proposals are what the CRM plugin shows, so an unlabelled caller counts as crm.
            usage.Record(
                TenantIds.Default,
                report.EntryIds,
                UsageKind.Shown,
                UsageCallers.From(context, CallerKind.Crm));
            return GapReportMapper.ToProto(report);
        }
        catch (GapProfileException ex)
        {
            var description = ex.Value.Length > 0 ? $"'{ex.Value}': {ex.Description}" : ex.Description;
            throw GrpcErrors.InvalidArgument(ProtoField(ex.Field), description);
        }
    }

    // The analyser names fields as the profile file does (notApplicable[2]); the proto names them in snake case.
    private static string ProtoField(string field) => field.Replace(
        "notApplicable",
        "not_applicable",
        StringComparison.Ordinal);
}
