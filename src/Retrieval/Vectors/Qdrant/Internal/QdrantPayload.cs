// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Vectors.Qdrant.Internal;

/// <summary>The payload keys and kinds of the points the adapter writes.</summary>
internal static class QdrantPayload
{
    public const string Tenant = "tenant";
    public const string EntryId = "entry_id";
    public const string SourceId = "source_id";
    public const string ContentHash = "content_hash";
    public const string Kind = "kind";
    public const string Ordinal = "ordinal";

    public const string Model = "model";
    public const string Dimensions = "dimensions";
    public const string Distance = "distance";

    /// <summary>An entry's whole-text vector.</summary>
    public const string EntryKind = "entry";

    /// <summary>One passage's vector.</summary>
    public const string PassageKind = "passage";

    /// <summary>The point that records the collection's vector space.</summary>
    public const string SpaceKind = "space";

    /// <summary>The keys filtered on, which get a keyword index when the adapter creates the collection.</summary>
    public static readonly string[] IndexedKeys = [Tenant, EntryId, SourceId, ContentHash, Kind];
}
