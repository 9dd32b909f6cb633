// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Text;

/// <summary>One knowledge entry as the text index holds it.</summary>
/// <param name="EntryId">Id of the knowledge entry.</param>
/// <param name="Tenant">Tenant that owns it.</param>
/// <param name="SourceId">Source it was cut from; the unit of replacement.</param>
/// <param name="Kind">Entry kind (<c>section</c>, <c>control</c>, ...).</param>
/// <param name="Title">Title, weighted above the body.</param>
/// <param name="Text">Body text.</param>
public sealed record TextDocument(
    string EntryId,
    string Tenant,
    string SourceId,
    string Kind,
    string Title,
    string Text);
