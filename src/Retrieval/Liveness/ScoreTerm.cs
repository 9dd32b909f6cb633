// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>
/// One term of a liveness score: its weight, its value (0 to 1), what it adds and how the value came about.
/// </summary>
/// <param name="Name"><c>usage</c>, <c>freshness</c> or <c>rating</c>.</param>
/// <param name="Weight">The configured weight.</param>
/// <param name="Value">The term's value before weighting, 0 to 1.</param>
/// <param name="Contribution"><paramref name="Weight"/> × <paramref name="Value"/>.</param>
/// <param name="Explanation">How the value was computed, with the entry's own numbers.</param>
public sealed record ScoreTerm(string Name, double Weight, double Value, double Contribution, string Explanation);
