// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Search;

/// <summary>An entity a hit mentions.</summary>
/// <param name="Id">Node id.</param>
/// <param name="Type">Node type.</param>
/// <param name="Name">Display name.</param>
public sealed record EntityRef(string Id, string Type, string Name);
