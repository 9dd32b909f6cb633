// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Graph.Model;

namespace SalesCognition.Ingestion.Sources;

/// <summary>A section of a source as its reader found it, before chunking.</summary>
/// <param name="EntryKind">
/// What the entries cut from it are: <c>section</c>, <c>control</c>, <c>case</c>, <c>component</c>, <c>news</c>.
/// </param>
/// <param name="Title">Title of the entries (for a control, <c>AC-2 Account Management</c>).</param>
/// <param name="HeadingPath">Headings above the section, outermost first.</param>
/// <param name="Text">Plain text of the section (markup removed).</param>
/// <param name="Locator">Where the section stands in the source.</param>
public sealed record ParsedSection(
    string EntryKind,
    string Title,
    IReadOnlyList<string> HeadingPath,
    string Text,
    SourceLocator Locator)
{
    /// <summary>Nodes the section is about (a control's own node), linked to every entry cut from it.</summary>
    public IReadOnlyList<string> SubjectNodeIds { get; init; } = [];
}
