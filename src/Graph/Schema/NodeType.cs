// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Schema;

/// <summary>A node type of the ontology.</summary>
/// <param name="Name">Type name, PascalCase (<c>Control</c>).</param>
/// <param name="Key">The property that identifies a node of the type (<c>id</c>, <c>name</c>).</param>
/// <param name="Labels">Display labels by language (<c>en</c>, <c>zh</c>).</param>
public sealed record NodeType(string Name, string Key, IReadOnlyDictionary<string, string> Labels);
