// Copyright (c) SalesCognition. All rights reserved.

using Grpc.Core;
using SalesCognition.Api.V1;
using SalesCognition.Graph.Model;
using SalesCognition.Retrieval.Liveness;
using SalesCognition.Retrieval.Search;

namespace SalesCognition.Api.Grpc;

/// <summary>The gRPC face of hybrid search; maps the proto to <see cref="HybridSearcher"/> and back.</summary>
internal sealed class KnowledgeGrpcService(
    HybridSearcher searcher,
    IUsageRecorder usage) : KnowledgeService.KnowledgeServiceBase
{
    private const int DefaultTop = 10;

    public override async Task<V1.SearchResponse> Search(V1.SearchRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            throw GrpcErrors.InvalidArgument("query", "The query is empty.");
        }

        if (request.HasRerankDepth && request.RerankDepth is < 0 or > 100)
        {
            throw GrpcErrors.InvalidArgument(
                "rerank_depth",
                $"rerank_depth must be between 0 (off) and 100, was {request.RerankDepth}.");
        }

        var top = request.TopK == 0 ? DefaultTop : request.TopK;
        if (top < 1 || top > searcher.MaxTop)
        {
            throw GrpcErrors.InvalidArgument(
                "top_k",
                $"top_k must be between 1 and {searcher.MaxTop} (0 or absent means {DefaultTop}), was {request.TopK}.");
        }

        try
        {
            var response = await searcher.SearchAsync(
                new Retrieval.Search.SearchRequest(request.Query, top)
                {
                    RerankDepth = request.HasRerankDepth ? request.RerankDepth : null,
                },
                context.CancellationToken);
            usage.Record(TenantIds.Default, response.ReturnedEntryIds, UsageKind.Retrieved, UsageCallers.From(context));
            var reply = new V1.SearchResponse { RrfK = response.RrfK };
            reply.Hits.AddRange(response.Hits.Select(SearchHitMapper.ToProto));
            return reply;
        }
        catch (ArgumentOutOfRangeException ex) when (ex.ParamName == "request")
        {
            throw GrpcErrors.InvalidArgument("top_k", ex.Message);
        }
        catch (ArgumentException ex) when (ex.ParamName == "request")
        {
            // Only the searcher's checks of the request blame the caller; any other fault is the server's.
            throw GrpcErrors.InvalidArgument("query", ex.Message);
        }
    }
}
