// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Adopters.Internal;

/// <summary>One adopter paragraph: the organisation, its link, its description and where the item stands.</summary>
internal sealed record Adopter(
    string Name,
    string Url,
    string Text,
    int Start,
    int End,
    int Line,
    IReadOnlyList<string> HeadingPath);
