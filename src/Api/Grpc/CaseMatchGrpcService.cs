// Copyright (c) SalesCognition. All rights reserved.

using Grpc.Core;
using SalesCognition.Api.V1;
using SalesCognition.Retrieval.Liveness;
using SalesCognition.Retrieval.Reasoning.CaseMatching;

namespace SalesCognition.Api.Grpc;

/// <summary>The gRPC face of case matching; maps the proto to <see cref="CaseMatcher"/> and back.</summary>
internal sealed class CaseMatchGrpcService(
    CaseMatcher matcher,
    IUsageRecorder usage) : CaseMatchService.CaseMatchServiceBase
{
    public override async Task<MatchCasesResponse> MatchCases(MatchCasesRequest request, ServerCallContext context)
    {
        if (request.HasEmployees && request.Employees > int.MaxValue)
        {
            throw GrpcErrors.InvalidArgument("employees", $"employees is too large (got {request.Employees}).");
        }

        var domain = new CaseMatchRequest
        {
            OpportunityId = Text(request.OpportunityId),
            Account = Text(request.Account),
            Industry = Text(request.Industry),
            Employees = request.HasEmployees ? (int)Math.Max(request.Employees, int.MinValue) : null,
            Revenue = request.HasRevenue ? request.Revenue : null,
            Region = Text(request.Region),
            Products = [.. request.Products],
            Text = Text(request.Text),
            Top = request.TopK == 0 ? null : request.TopK,
            IncludeRisks = request.IncludeRisks,
            Language = Text(request.Language),
        };
        try
        {
            var response = await matcher.MatchAsync(domain, context.CancellationToken);

            // Matches are what the CRM plugin shows, so an unlabelled caller counts as crm.
            usage.Record(
                domain.Tenant,
                response.ShownEntryIds,
                UsageKind.Shown,
                UsageCallers.From(context, CallerKind.Crm));
            return CaseMatchMapper.ToProto(response);
        }
        catch (InvalidMatchRequestException ex)
        {
            throw GrpcErrors.InvalidArgument(ProtoField(ex.Field), ex.Message);
        }
    }

    private static string? Text(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string ProtoField(string field) => field switch
    {
        "top" => "top_k",
        "opportunityId" => "opportunity_id",
        _ => field,
    };
}
