// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis.Internal;

/// <summary>
/// One thing the customer runs, as written, with the graph nodes it resolved to and every name they go by.
/// </summary>
/// <param name="Term">The profile's text.</param>
/// <param name="NodeIds">Product, Component, Feature or Technology nodes it names, and components of the same name.</param>
/// <param name="Names">The term and the nodes' names and aliases, folded, for matching advice text.</param>
/// <param name="Resolved">How it resolved, for evidence (<c>Feature 'Bastion host'</c>), empty when nothing matched.</param>
internal sealed record CustomerComponent(
    string Term,
    IReadOnlySet<string> NodeIds,
    IReadOnlyList<string> Names,
    string Resolved);
