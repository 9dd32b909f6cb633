// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Liveness;

/// <summary>An entry's uses on one day (UTC).</summary>
/// <param name="Day">The day.</param>
/// <param name="Retrieved">Times returned by a search.</param>
/// <param name="Shown">Times shown.</param>
/// <param name="Cited">Times cited.</param>
public sealed record DailyUsage(DateOnly Day, int Retrieved, int Shown, int Cited);
