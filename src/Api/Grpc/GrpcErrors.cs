// Copyright (c) SalesCognition. All rights reserved.

using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace SalesCognition.Api.Grpc;

/// <summary>Builds gRPC errors that name the offending field (google.rpc.BadRequest details).</summary>
internal static class GrpcErrors
{
    public static RpcException InvalidArgument(string field, string description)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = $"{field}: {description}",
            Details =
            {
                Any.Pack(new BadRequest
                {
                    FieldViolations = { new BadRequest.Types.FieldViolation { Field = field, Description = description } },
                }),
            },
        };
        return status.ToRpcException();
    }
}
