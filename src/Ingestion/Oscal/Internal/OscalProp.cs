// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Oscal.Internal;

/// <summary>One OSCAL <c>props</c> entry.</summary>
internal sealed record OscalProp(string Name, string Value, string? Class);
