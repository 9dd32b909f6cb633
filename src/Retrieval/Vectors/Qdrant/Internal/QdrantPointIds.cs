// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SalesCognition.Retrieval.Vectors.Qdrant.Internal;

/// <summary>
/// Deterministic point ids: a name-based UUID (version 8 layout) from the SHA-256 of the point's key, so writing
/// the same entry again overwrites its point instead of adding one.
/// </summary>
internal static class QdrantPointIds
{
    /// <summary>The ordinal of an entry's whole-text point; passages count from 0.</summary>
    public const int EntryOrdinal = -1;

    /// <summary>The id of the point that records the collection's vector space.</summary>
    public static readonly string Space = FromKey("salescognition\u001fspace");

    /// <summary>The id of the point for an entry (<see cref="EntryOrdinal"/>) or one of its passages.</summary>
    public static string For(string tenant, string entryId, int ordinal) => FromKey(
        string.Join('\u001f', tenant, entryId, ordinal.ToString(CultureInfo.InvariantCulture)));

    private static string FromKey(string key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);

        // Version 8 (custom) in the high nibble of byte 6, RFC 9562 variant in the top bits of byte 8.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true).ToString("D");
    }
}
