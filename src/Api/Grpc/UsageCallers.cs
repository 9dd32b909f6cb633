// Copyright (c) SalesCognition. All rights reserved.

using Grpc.Core;
using SalesCognition.Retrieval.Liveness;

namespace SalesCognition.Api.Grpc;

/// <summary>
/// Who is calling, for the usage ledger: the <c>x-caller-kind</c> header (crm, chat, manager, api; api when absent or
/// unknown) and the <c>x-caller-id</c> header, hashed so that no personal identifier reaches the ledger.
/// </summary>
internal static class UsageCallers
{
    public const string KindHeader = "x-caller-kind";
    public const string IdHeader = "x-caller-id";

    public static UsageCaller From(ServerCallContext context) => From(context, CallerKind.Api);

    /// <summary>The caller, counting as <paramref name="fallback"/> when the header is absent or unknown.</summary>
    public static UsageCaller From(ServerCallContext context, CallerKind fallback)
    {
        var kind = context.RequestHeaders.GetValue(KindHeader) is { } text
            && Enum.TryParse<CallerKind>(
                text,
                ignoreCase: true,
                out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _)
            ? parsed
            : fallback;
        return context.RequestHeaders.GetValue(IdHeader) is { Length: > 0 } id
            ? UsageCaller.Opaque(kind, id)
            : UsageCaller.Anonymous(kind);
    }
}
