// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Model;

/// <summary>
/// A retrievable unit of knowledge: one chunk of a source (a document section, a control statement,
/// a case section). Entries are what searches return, what usage is counted against and what gets archived.
/// </summary>
public sealed record KnowledgeEntry
{
    /// <summary>Stable id derived from the source identity, the position and the content.</summary>
    public required string Id { get; init; }

    /// <summary>Tenant that owns the entry.</summary>
    public string Tenant { get; init; } = TenantIds.Default;

    /// <summary>Id of the source the entry was cut from.</summary>
    public required string SourceId { get; init; }

    /// <summary>
    /// What the entry is: <c>section</c>, <c>control</c>, <c>case</c>, <c>component</c>, <c>news</c>.
    /// </summary>
    public required string Kind { get; init; }

    /// <summary>Title of the entry (the source title or the control title).</summary>
    public required string Title { get; init; }

    /// <summary>Heading path inside the source, outermost first.</summary>
    public IReadOnlyList<string> HeadingPath { get; init; } = [];

    /// <summary>The entry's text as indexed.</summary>
    public required string Text { get; init; }

    /// <summary>Position of the entry among the source's entries.</summary>
    public int Ordinal { get; init; }

    /// <summary>Where the entry stands in its source: a character range or a structural path.</summary>
    public required SourceLocator Locator { get; init; }

    /// <summary>
    /// SHA-256 (hex) of the text the entry is embedded as (title line and text); the key of its vector.
    /// </summary>
    public required string ContentHash { get; init; }

    /// <summary>Who owns the entry's content.</summary>
    public DataOwnership Ownership { get; init; } = DataOwnership.CompanyOwned;

    /// <summary>Whether a knowledge manager archived the entry.</summary>
    public bool Archived { get; init; }

    /// <summary>The entities the entry mentions.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; init; } = [];
}
