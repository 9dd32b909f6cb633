// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.CaseMatching.Internal;

/// <summary>
/// The in-memory picture of every case, built from the graph: facet values as ordinals, so a match is one pass of
/// integer comparisons over the case groups plus a bounded heap.
/// </summary>
internal sealed class CaseIndex
{
    public required IReadOnlyList<EntityInfo> Entities { get; init; }

    public required IReadOnlyList<string> Series { get; init; }

    public required NameLookup Names { get; init; }

    public required IReadOnlyList<CaseGroup> Won { get; init; }

    public required IReadOnlyList<CaseGroup> Lost { get; init; }

    /// <summary>Case node id to (won?, group index), for mapping text hits onto groups.</summary>
    public required IReadOnlyDictionary<string, (bool Won, int Group)> CaseGroups { get; init; }

    /// <summary>Open opportunities by normalised id: customer ordinal and product ordinals.</summary>
    public required IReadOnlyDictionary<string, (int Customer, int[] Products)> Opportunities { get; init; }

    /// <summary>For each customer ordinal, the products of its won deals.</summary>
    public required IReadOnlyDictionary<int, int[]> CustomerProducts { get; init; }

    public int CaseCount { get; init; }

    public string Fingerprint { get; init; } = "";

    public List<(CaseGroup Group, FacetScores Scores, double Score)> Top(MatchQuery query, bool won, int top)
    {
        var groups = won ? Won : Lost;
        var texts = won ? query.WonText : query.LostText;
        var heap = new PriorityQueue<int, Rank>(top + 1);
        for (var i = 0; i < groups.Count; i++)
        {
            var score = query.Score(groups[i], texts.Count == 0 ? 0 : texts.GetValueOrDefault(i));
            var rank = new Rank(score, groups[i].CloseDate, groups[i].Count, i);
            if (heap.Count < top)
            {
                heap.Enqueue(i, rank);
            }
            else if (heap.TryPeek(out _, out var worst) && rank.CompareTo(worst) > 0)
            {
                heap.DequeueEnqueue(i, rank);
            }
        }

        var result = new List<(CaseGroup, FacetScores, double)>(heap.Count);
        while (heap.TryDequeue(out var index, out _))
        {
            var score = query.Score(groups[index], texts.GetValueOrDefault(index), out var facets);
            result.Add((groups[index], facets, score));
        }

        result.Reverse();
        return result;
    }

    /// <summary>Orders candidates: score, then the more recent deal, then the bigger group, then index order.</summary>
    private readonly record struct Rank(double Score, string CloseDate, int Count, int Index) : IComparable<Rank>
    {
        public int CompareTo(Rank other)
        {
            var byScore = Score.CompareTo(other.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byDate = string.CompareOrdinal(CloseDate, other.CloseDate);
            if (byDate != 0)
            {
                return byDate;
            }

            return Count != other.Count ? Count.CompareTo(other.Count) : other.Index.CompareTo(Index);
        }
    }
}
