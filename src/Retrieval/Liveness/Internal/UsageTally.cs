// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness.Internal;

/// <summary>Folds one entry's usage events into window counts, last-use times and the decayed use sum.</summary>
internal sealed class UsageTally(LivenessOptions options, DateTimeOffset now)
{
    private readonly int[,] _counts = new int[3, 4];

    public DateTimeOffset? LastRetrieved { get; private set; }

    public DateTimeOffset? LastCited { get; private set; }

    /// <summary>Σ kind weight × 2^(−days since the use / half-life).</summary>
    public double DecayedUses { get; private set; }

    public int TotalUses { get; private set; }

    public void Add(UsageKind kind, DateTimeOffset at)
    {
        var k = (int)kind;
        var days = Math.Max(0, (now - at).TotalDays);
        _counts[k, 3]++;
        if (days <= 90)
        {
            _counts[k, 2]++;
        }

        if (days <= 30)
        {
            _counts[k, 1]++;
        }

        if (days <= 7)
        {
            _counts[k, 0]++;
        }

        if (kind == UsageKind.Retrieved && (LastRetrieved is null || at > LastRetrieved))
        {
            LastRetrieved = at;
        }

        if (kind == UsageKind.Cited && (LastCited is null || at > LastCited))
        {
            LastCited = at;
        }

        DecayedUses += options.WeightOf(kind) * Math.Pow(2, -days / options.UsageHalfLifeDays);
        TotalUses++;
    }

    public UsageCounts Counts(UsageKind kind)
    {
        var k = (int)kind;
        return new UsageCounts(_counts[k, 0], _counts[k, 1], _counts[k, 2], _counts[k, 3]);
    }
}
