// Copyright (c) SalesCognition. All rights reserved.

using Grpc.Core;
using SalesCognition.Api.V1;
using SalesCognition.Graph.Model;
using SalesCognition.Retrieval.Liveness;

namespace SalesCognition.Api.Grpc;

/// <summary>
/// The gRPC face of <see cref="LivenessManager"/>: report, show, prune, restore, rate and the audit log.
/// </summary>
internal sealed class LivenessGrpcService(LivenessManager liveness) : LivenessService.LivenessServiceBase
{
    private const string DefaultActor = "api";

    public override Task<LivenessReportResponse> Report(LivenessReportRequest request, ServerCallContext context) =>
        GuardAsync(async () =>
        {
            var query = new LivenessReportQuery
            {
                Type = Blank(request.Type),
                Lowest = request.Lowest == 0 ? null : request.Lowest,
                OlderThan = Blank(request.OlderThan) is { } age ? AgeFilter.Parse(age) : null,
                IncludeArchived = request.IncludeArchived,
            };
            var entries = await liveness.ReportAsync(query, context.CancellationToken);
            var response = new LivenessReportResponse { Formula = liveness.Formula };
            response.Entries.AddRange(entries.Select(LivenessMapper.ToProto));
            return response;
        });

    public override Task<LivenessEntryHistory> ShowEntry(LivenessShowRequest request, ServerCallContext context) =>
        GuardAsync(async () =>
        {
            Require(request.EntryId, "entry_id");
            var history = await liveness.ShowAsync(TenantIds.Default, request.EntryId, context.CancellationToken);
            return LivenessMapper.ToProto(history, liveness.Formula);
        });

    public override Task<LivenessActionResponse> Prune(LivenessPruneRequest request, ServerCallContext context) =>
        GuardAsync(async () =>
        {
            var result = await liveness.PruneAsync(
                new Retrieval.Liveness.PruneRequest
                {
                    EntryIds = [.. request.EntryIds],
                    Below = request.Below == 0 ? null : request.Below,
                    Type = Blank(request.Type),
                    DryRun = request.DryRun,
                    Reason = request.Reason,
                    Actor = Blank(request.Actor) ?? DefaultActor,
                },
                context.CancellationToken);
            return LivenessMapper.ToProto(result);
        });

    public override Task<LivenessActionResponse> Restore(LivenessRestoreRequest request, ServerCallContext context) =>
        GuardAsync(async () =>
        {
            var result = await liveness.RestoreAsync(
                TenantIds.Default, [.. request.EntryIds], Blank(request.Actor) ?? DefaultActor, request.Reason, context.CancellationToken);
            return LivenessMapper.ToProto(result);
        });

    public override Task<V1.LivenessRating> Rate(LivenessRateRequest request, ServerCallContext context) =>
        GuardAsync(async () =>
        {
            Require(request.EntryId, "entry_id");
            var caller = Caller(request.CallerKind, request.CallerId);
            var rating = Blank(request.Verdict) switch
            {
                null => await liveness.RateAsync(
                    TenantIds.Default, request.EntryId, request.Score, request.Comment, caller, context.CancellationToken),
                "helpful" when request.Score == 0 => await liveness.RateHelpfulAsync(
                    TenantIds.Default, request.EntryId, true, request.Comment, caller, context.CancellationToken),
                "not-helpful" when request.Score == 0 => await liveness.RateHelpfulAsync(
                    TenantIds.Default, request.EntryId, false, request.Comment, caller, context.CancellationToken),
                _ => throw new LivenessRequestException(
                    "verdict", "verdict must be 'helpful' or 'not-helpful', and is given instead of a score."),
            };
            return LivenessMapper.ToProto(rating);
        });

    public override Task<LivenessAuditResponse> Audit(LivenessAuditRequest request, ServerCallContext context) =>
        GuardAsync(async () =>
        {
            var records = await liveness.AuditAsync(
                TenantIds.Default,
                request.Limit == 0 ? 200 : request.Limit,
                context.CancellationToken);
            var response = new LivenessAuditResponse();
            response.Records.AddRange(records.Select(LivenessMapper.ToProto));
            return response;
        });

    /// <summary>The caller of a rating: its kind, and its id hashed so that no personal identifier is stored.</summary>
    internal static UsageCaller Caller(string kind, string id)
    {
        var callerKind = Blank(kind) is { } text
            ? Enum.TryParse<CallerKind>(
                text,
                ignoreCase: true,
                out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _)
                ? parsed
                : throw new LivenessRequestException("caller_kind", $"'{kind}' is not one of crm, chat, manager, api.")
            : CallerKind.Api;
        return Blank(id) is { } identity ? UsageCaller.Opaque(callerKind, identity) : UsageCaller.Anonymous(callerKind);
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Require(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new LivenessRequestException(field, $"{field} is required.");
        }
    }

    private static async Task<T> GuardAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (LivenessRequestException ex)
        {
            throw GrpcErrors.InvalidArgument(ex.Field, ex.Description);
        }
        catch (UnknownEntryException ex)
        {
            throw new RpcException(new Status(StatusCode.NotFound, ex.Message));
        }
    }
}
