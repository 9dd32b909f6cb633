// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Schema;

/// <summary>An entity the ontology defines up front, so the text of any source can be linked to it.</summary>
/// <param name="Type">Node type.</param>
/// <param name="Key">Key within the type.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Aliases">Other names, in any language, that mean the same entity.</param>
public sealed record SeedEntity(string Type, string Key, string Name, IReadOnlyList<string> Aliases);
