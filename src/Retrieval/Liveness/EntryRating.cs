// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>A user's rating of an entry.</summary>
/// <param name="EntryId">The entry.</param>
/// <param name="Score">1 (useless) to 5 (very useful); "helpful" is stored as 5 and "not helpful" as 1.</param>
/// <param name="Helpful">Set when the user answered helpful / not helpful rather than a score.</param>
/// <param name="Comment">The user's comment, if any.</param>
/// <param name="Caller">Who rated (opaque).</param>
/// <param name="At">When.</param>
public sealed record EntryRating(
    string EntryId,
    int Score,
    bool? Helpful,
    string? Comment,
    UsageCaller Caller,
    DateTimeOffset At);
