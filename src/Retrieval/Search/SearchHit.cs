// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Search;

/// <summary>One result of a hybrid search, with why it ranked where it did and where it came from.</summary>
public sealed record SearchHit
{
    /// <summary>The knowledge entry's id.</summary>
    public required string Id { get; init; }

    /// <summary>Entry kind: <c>section</c>, <c>control</c>, <c>case</c>, <c>component</c>, <c>news</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Title of the entry.</summary>
    public required string Title { get; init; }

    /// <summary>Where the source was read from.</summary>
    public required string Source { get; init; }

    /// <summary>Heading path inside the source, joined with <c> &gt; </c>.</summary>
    public required string Section { get; init; }

    /// <summary>A passage of the entry around the query's words.</summary>
    public required string Snippet { get; init; }

    /// <summary>Fused score; higher is better.</summary>
    public required double Score { get; init; }

    /// <summary>The score's parts.</summary>
    public required ScoreBreakdown Components { get; init; }

    /// <summary>Where in the source the entry stands (character range or structural path).</summary>
    public required string Locator { get; init; }

    /// <summary>The entities the entry mentions.</summary>
    public IReadOnlyList<EntityRef> Entities { get; init; } = [];

    /// <summary>
    /// Why the entry needs review (news about a product it cites), empty when it does not; see <see cref="ReviewReason"/>.
    /// </summary>
    public IReadOnlyList<ReviewReason> NeedsReview { get; init; } = [];
}
