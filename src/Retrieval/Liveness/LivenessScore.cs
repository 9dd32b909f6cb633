// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>A liveness score (0 to 1, higher is livelier) with its terms, and why it is low when it is.</summary>
/// <param name="Value">The sum of the terms' contributions.</param>
/// <param name="Usage">The decayed-usage term.</param>
/// <param name="Freshness">The freshness term.</param>
/// <param name="Rating">The rating term.</param>
/// <param name="Formula">The formula with the configured constants.</param>
public sealed record LivenessScore(double Value, ScoreTerm Usage, ScoreTerm Freshness, ScoreTerm Rating, string Formula)
{
    /// <summary>The terms in formula order.</summary>
    public IReadOnlyList<ScoreTerm> Terms => [Usage, Freshness, Rating];
}
