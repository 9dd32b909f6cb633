// Copyright (c) SalesCognition. All rights reserved.

using System.Security.Cryptography;
using System.Text;

namespace SalesCognition.Retrieval.Liveness;

/// <summary>Who used an entry, without personal data: a kind and an opaque id.</summary>
/// <param name="Kind">The kind of client.</param>
/// <param name="Id">An opaque id (never a name or an e-mail address); see <see cref="Opaque"/>.</param>
public readonly record struct UsageCaller(CallerKind Kind, string Id)
{
    /// <summary>A caller that states no identity.</summary>
    public static UsageCaller Anonymous(CallerKind kind) => new(kind, "anonymous");

    /// <summary>
    /// A caller whose identity (a user name, a session id) is replaced by the first 16 hex digits of its SHA-256,
    /// so the ledger can tell callers apart without holding who they are.
    /// </summary>
    public static UsageCaller Opaque(CallerKind kind, string identity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identity);
        return new(kind, OpaqueId(identity));
    }

    /// <summary>The opaque form of an identity: <c>h:</c> and the first 16 hex digits of its SHA-256.</summary>
    public static string OpaqueId(string identity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identity);
        return "h:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
    }
}
