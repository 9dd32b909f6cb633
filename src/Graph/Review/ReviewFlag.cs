// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Review;

/// <summary>
/// A <c>needs-review</c> mark on one knowledge entry, raised by one news item about a product the entry cites.
/// One flag per (entry, news item); a resolved flag stays as the record of who resolved it and why.
/// </summary>
public sealed record ReviewFlag
{
    /// <summary>Tenant that owns the entry.</summary>
    public string Tenant { get; init; } = Model.TenantIds.Default;

    /// <summary>Id of the flagged entry.</summary>
    public required string EntryId { get; init; }

    /// <summary>Source the flagged entry was cut from.</summary>
    public required string SourceId { get; init; }

    /// <summary>Title of the flagged entry.</summary>
    public string EntryTitle { get; init; } = "";

    /// <summary>Node id of the news item that raised the flag.</summary>
    public required string NewsId { get; init; }

    /// <summary>Source the news item was read from.</summary>
    public required string NewsSourceId { get; init; }

    /// <summary>Title of the news item.</summary>
    public required string NewsTitle { get; init; }

    /// <summary>Publication date of the news item (ISO 8601), when known.</summary>
    public string? NewsDate { get; init; }

    /// <summary>Ids of the products the news mentions that the entry cites.</summary>
    public IReadOnlyList<string> ProductIds { get; init; } = [];

    /// <summary>When the flag was raised.</summary>
    public DateTimeOffset FlaggedAt { get; init; }

    /// <summary>Whether the flag is open, confirmed or cleared.</summary>
    public ReviewState State { get; init; } = ReviewState.Open;

    /// <summary>When the flag was confirmed or cleared.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>The manager's note on confirmation, or why the flag was cleared.</summary>
    public string? Note { get; init; }
}
