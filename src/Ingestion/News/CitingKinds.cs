// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.News;

/// <summary>
/// Entry kinds of knowledge written about competitors (front matter <c>kind: battlecard</c>, <c>comparison</c>,
/// <c>talktrack</c>): news about a product such an entry cites flags the entry <c>needs-review</c>.
/// </summary>
public static class CitingKinds
{
    /// <summary>A battle card.</summary>
    public const string BattleCard = "battlecard";

    /// <summary>A product comparison.</summary>
    public const string Comparison = "comparison";

    /// <summary>A talk track.</summary>
    public const string TalkTrack = "talktrack";

    /// <summary>Every kind news can flag.</summary>
    public static IReadOnlyList<string> All { get; } = [BattleCard, Comparison, TalkTrack];

    /// <summary>
    /// The entry kind a declared front-matter kind maps to (<c>battle-card</c> → <c>battlecard</c>), or null.
    /// </summary>
    public static string? FromDeclared(string? declared)
    {
        var folded = (declared ?? "").Trim().ToLowerInvariant().Replace("-", "", StringComparison.Ordinal)
            .Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return folded switch
        {
            "battlecard" or "battlecards" => BattleCard,
            "comparison" or "comparisons" => Comparison,
            "talktrack" or "talktracks" => TalkTrack,
            _ => null,
        };
    }
}
