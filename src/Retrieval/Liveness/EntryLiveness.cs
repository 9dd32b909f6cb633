// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>The metrics and the liveness score of one entry.</summary>
public sealed record EntryLiveness
{
    /// <summary>The entry's id (the <c>id</c> that search returns).</summary>
    public required string EntryId { get; init; }

    /// <summary>Entry kind: <c>section</c>, <c>control</c>, <c>case</c>, <c>component</c>, <c>news</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Title of the entry.</summary>
    public required string Title { get; init; }

    /// <summary>Heading path inside the source, joined with <c> &gt; </c>.</summary>
    public required string Section { get; init; }

    /// <summary>Id of the source the entry was cut from.</summary>
    public required string SourceId { get; init; }

    /// <summary>Whether the entry is archived (pruned).</summary>
    public bool Archived { get; init; }

    /// <summary>Uses as a search result.</summary>
    public UsageCounts Retrieved { get; init; } = UsageCounts.None;

    /// <summary>Uses shown in a match or proposal.</summary>
    public UsageCounts Shown { get; init; } = UsageCounts.None;

    /// <summary>Citations in answers.</summary>
    public UsageCounts Cited { get; init; } = UsageCounts.None;

    /// <summary>When the entry was last returned by a search.</summary>
    public DateTimeOffset? LastRetrieved { get; init; }

    /// <summary>When the entry was last cited.</summary>
    public DateTimeOffset? LastCited { get; init; }

    /// <summary>
    /// When the entry's content last changed: the source's own date where it states one, else its ingestion.
    /// </summary>
    public required DateTimeOffset LastContentChange { get; init; }

    /// <summary>Where <see cref="LastContentChange"/> comes from: <c>source-date</c> or <c>ingested</c>.</summary>
    public required string ContentChangeFrom { get; init; }

    /// <summary>Days since the last content change.</summary>
    public required double AgeDays { get; init; }

    /// <summary>Average rating (1 to 5), or null when unrated.</summary>
    public double? RatingAverage { get; init; }

    /// <summary>How many ratings the entry has.</summary>
    public int RatingCount { get; init; }

    /// <summary>Open <c>needs-review</c> flags on the entry.</summary>
    public int NeedsReview { get; init; }

    /// <summary>The liveness score, term by term.</summary>
    public required LivenessScore Score { get; init; }

    /// <summary>
    /// Plain reasons the score is low (never used, no recent use, old content, poor ratings, review flags).
    /// </summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];
}
