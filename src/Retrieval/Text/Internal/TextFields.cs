// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Text.Internal;

/// <summary>Field names of a text-index document; they are part of the on-disk format.</summary>
internal static class TextFields
{
    public const string EntryId = "id";
    public const string Tenant = "tenant";
    public const string SourceId = "source";
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Text = "text";
}
