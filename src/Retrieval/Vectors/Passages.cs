// Copyright (c) SalesCognition. All rights reserved.

using System.Text.RegularExpressions;

namespace SalesCognition.Retrieval.Vectors;

/// <summary>
/// Cuts an entry's text into the passages (sentences) that get their own vectors, so that a query matching one
/// sentence of a long entry is not diluted by the rest of it, nor lost past the model's token window.
/// </summary>
/// <remarks>
/// A sentence ends at <c>. ! ?</c> followed by space and an upper-case letter, digit, bracket or Chinese character (not
/// after a common abbreviation such as <c>e.g.</c>, <c>et al.</c> or <c>Fig.</c>, nor after a dotted acronym such as
/// <c>U.S.</c>), at the Chinese
/// <c>。！？；</c>, or at a line break. Pieces shorter than <see cref="MinLength"/> characters join the next one.
/// A text of one sentence has no passages: its whole-text vector already is the sentence's.
/// </remarks>
public static partial class Passages
{
    /// <summary>The most passages an entry gets; the rest of a longer text joins the last one.</summary>
    public const int MaxPerEntry = 32;

    /// <summary>Pieces shorter than this many characters are joined to the next.</summary>
    public const int MinLength = 20;

    /// <summary>The prefix of a passage's content hash, so it never collides with a whole entry's hash.</summary>
    public const string HashPrefix = "passage:";

    /// <summary>The passages of <paramref name="text"/>, in order; empty when it has fewer than two.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var passages = new List<string>();
        string pending = string.Empty;
        foreach (string piece in SentenceEnd().Split(text))
        {
            string sentence = piece.Trim();
            if (sentence.Length == 0)
            {
                continue;
            }

            pending = pending.Length == 0 ? sentence : pending + " " + sentence;
            if (pending.Length >= MinLength)
            {
                passages.Add(pending);
                pending = string.Empty;
            }
        }

        if (pending.Length > 0)
        {
            if (passages.Count == 0)
            {
                passages.Add(pending);
            }
            else
            {
                passages[^1] += " " + pending;
            }
        }

        if (passages.Count > MaxPerEntry)
        {
            passages[MaxPerEntry - 1] = string.Join(' ', passages.Skip(MaxPerEntry - 1));
            passages.RemoveRange(MaxPerEntry, passages.Count - MaxPerEntry);
        }

        return passages.Count < 2 ? [] : passages;
    }

    /// <summary>The content hash of a passage's text.</summary>
    public static string Hash(string passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return HashPrefix + Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(passage)));
    }

    // A full stop after a common abbreviation ("e.g.", "et al.", "Fig.", any case) or a dotted acronym ("U.S.")
    // ends no sentence; a Chinese character after ". " starts one.
    [GeneratedRegex(
        @"(?<=[.!?])(?<!(?:\b(?i:e\.g|i\.e|etc|vs|cf|al|approx|ca|figs?|eqs?|refs?|vol|no|pp|dr|mr|mrs|ms|prof|inc|ltd|co"
        + @"|corp|st)|\b\p{L}\.\p{L})\.)\s+(?=[\p{Lu}\p{N}(\[\p{IsCJKUnifiedIdeographs}])|(?<=[。！？；])|[\r\n]+",
        RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
