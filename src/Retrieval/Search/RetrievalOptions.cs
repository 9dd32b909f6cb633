// Copyright (c) SalesCognition. All rights reserved.

using System.ComponentModel.DataAnnotations;

namespace SalesCognition.Retrieval.Search;

/// <summary>How hybrid search fuses its legs.</summary>
public sealed class RetrievalOptions
{
    /// <summary>The constant k of reciprocal rank fusion: a hit at rank r adds weight / (k + r).</summary>
    [Range(1, 1000)]
    public int RrfK { get; set; } = 60;

    /// <summary>How many candidates each leg contributes before fusion.</summary>
    [Range(10, 1000)]
    public int CandidatesPerLeg { get; set; } = 100;

    /// <summary>Weight of the BM25 leg in the fusion.</summary>
    [Range(0.0, 10.0)]
    public double TextWeight { get; set; } = 1.0;

    /// <summary>Weight of the vector leg in the fusion.</summary>
    [Range(0.0, 10.0)]
    public double VectorWeight { get; set; } = 1.0;

    /// <summary>The largest number of hits a caller may ask for.</summary>
    [Range(1, 1000)]
    public int MaxTop { get; set; } = 100;

    /// <summary>Length of a hit's snippet in characters.</summary>
    [Range(40, 2000)]
    public int SnippetLength { get; set; } = 240;

    /// <summary>
    /// How the legs are fused: <c>rrf</c> (reciprocal rank, constant <see cref="RrfK"/>) or <c>minmax</c> (normalised
    /// scores).
    /// </summary>
    /// <remarks>The default, <c>minmax</c>, scored best on the SciFact dev split (nDCG@10 0.733 against 0.719 for RRF k=60).</remarks>
    [AllowedValues(FusionMethods.ReciprocalRank, FusionMethods.MinMax)]
    public string Fusion { get; set; } = FusionMethods.MinMax;

    /// <summary>
    /// The largest share of CJK characters among a query's letters and digits at which the vector leg still counts
    /// in full. Above it the leg's weight falls linearly to 0 at <see cref="VectorCjkShareSkip"/>; 1 turns the gate
    /// off (for a model that represents Chinese). The default suits the local English model.
    /// </summary>
    [Range(0.0, 1.0)]
    public double VectorCjkShareLimit { get; set; } = 0.2;

    /// <summary>
    /// The share of CJK characters from which the vector leg is skipped; above <see cref="VectorCjkShareLimit"/>.
    /// </summary>
    [Range(0.0, 1.0)]
    public double VectorCjkShareSkip { get; set; } = 0.5;

    /// <summary>
    /// The largest share of a query's word pieces the local model cannot spell ([UNK]) before the vector leg is skipped.
    /// </summary>
    [Range(0.0, 1.0)]
    public double VectorUnknownTokenLimit { get; set; } = 0.3;

    /// <summary>
    /// How much an entry's best-matching passage (sentence) counts in the vector leg against its whole text, 0 to 1:
    /// the leg scores <c>(1 - w) * whole + w * best passage</c>. 0 ignores passages.
    /// </summary>
    /// <remarks>
    /// The default, 0.35, scored best on the SciFact dev split (hybrid nDCG@10 0.745 against 0.733 without passages).
    /// </remarks>
    [Range(0.0, 1.0)]
    public double PassageWeight { get; set; } = 0.35;

    /// <summary>
    /// How many of the fused top hits are re-ranked by late interaction (each query token against its best match
    /// among the hit's tokens, with the local model); 0 turns re-ranking off.
    /// </summary>
    /// <remarks>
    /// 30 by default (SciFact dev hybrid nDCG@10 0.7445 -> 0.7515, README). The hits' token vectors are read from the
    /// token-vector cache (made at ingestion, see <see cref="PrecomputeTokenVectors"/>), so only the query runs through
    /// the model: a median 15 ms per search on two cores. Needs the local model; with an embedding endpoint it never
    /// runs. Case matching and gap analysis do not re-rank (their own settings).
    /// </remarks>
    [Range(0, 100)]
    public int RerankDepth { get; set; } = 30;

    /// <summary>
    /// How much the late-interaction score counts within the re-ranked hits against their fusion score (both scaled to
    /// the hits' range), 0 to 5.
    /// </summary>
    /// <remarks>The default, 0.5, was chosen with depth 30 on the SciFact dev split (README).</remarks>
    [Range(0.0, 5.0)]
    public double RerankWeight { get; set; } = 0.5;

    /// <summary>
    /// The budget, in megabytes, of the file that keeps the re-ranked texts' token vectors (<c>token-vectors.db</c> in
    /// the data folder, about 0.1 MB per 256-token entry); beyond it the least recently used texts are evicted.
    /// </summary>
    [Range(16, 1_048_576)]
    public int TokenCacheMegabytes { get; set; } = 4096;

    /// <summary>
    /// Whether ingestion makes the token vectors of every committed entry right away (when re-ranking is on and the
    /// local model is used), so no search waits for the model over a hit; when off, the first search to re-rank an
    /// entry makes and keeps them.
    /// </summary>
    public bool PrecomputeTokenVectors { get; set; } = true;

    /// <summary>How many of the fused top hits seed graph expansion; 0 turns expansion off.</summary>
    [Range(0, 50)]
    public int GraphSeedHits { get; set; } = 5;

    /// <summary>
    /// How much graph proximity (0..1) may add to a hit, as a share of the best fused score: a hit that mentions every
    /// entity of the top hits gains this share of the top score. 0 turns the step off.
    /// </summary>
    [Range(0.0, 1.0)]
    public double GraphProximityWeight { get; set; } = 0.05;

    /// <summary>A copy of these options with <see cref="RerankDepth"/> set to <paramref name="depth"/>.</summary>
    internal RetrievalOptions WithRerankDepth(int depth)
    {
        var copy = (RetrievalOptions)MemberwiseClone();
        copy.RerankDepth = depth;
        return copy;
    }
}
