// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.ML.Tokenizers;

namespace SalesCognition.Retrieval.Embeddings.Internal;

/// <summary>
/// BERT uncased WordPiece tokenisation over the MiniLM vocabulary, matching the reference (Hugging Face) tokenizer:
/// control characters removed, lower-cased, accents stripped, every CJK ideograph its own word, splits on whitespace
/// and punctuation, words the vocabulary cannot spell become [UNK].
/// </summary>
/// <remarks>
/// The stock <see cref="BertTokenizer"/> pre-tokenizer keeps only word characters and punctuation, so symbols
/// such as €, ©, ± and emoji vanish without a trace (not even [UNK]); a pre-tokenizer that splits the way BERT does
/// is passed in instead. Instances are immutable and safe to share between threads.
/// </remarks>
internal sealed partial class WordPieceEncoder
{
    private static readonly Lazy<WordPieceEncoder> _shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly BertTokenizer _tokenizer;

    private WordPieceEncoder(BertTokenizer tokenizer)
    {
        _tokenizer = tokenizer;
    }

    /// <summary>The encoder over the vocabulary shipped with the model, loaded on first use.</summary>
    public static WordPieceEncoder Shared => _shared.Value;

    public int ClassificationTokenId => _tokenizer.ClassificationTokenId;

    public int SeparatorTokenId => _tokenizer.SeparatorTokenId;

    public int PaddingTokenId => _tokenizer.PaddingTokenId;

    public int UnknownTokenId => _tokenizer.UnknownTokenId;

    /// <summary>
    /// Encodes <paramref name="text"/> as [CLS] pieces [SEP], keeping at most <paramref name="maxTokens"/> ids
    /// (special tokens included). Truncation happens at a word boundary, so a long word at the cut may be dropped
    /// whole.
    /// </summary>
    public EncodedText Encode(string text, int maxTokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 2);

        string clean = Clean(text);
        IReadOnlyList<int> ids = _tokenizer.EncodeToIds(
            clean, maxTokens, addSpecialTokens: true, out string? normalized, out int charsConsumed);

        string seen = normalized ?? clean;
        bool truncated = charsConsumed < seen.Length && !seen.AsSpan(charsConsumed).IsWhiteSpace();
        return new EncodedText([.. ids], truncated);
    }

    /// <summary>The word pieces of the whole text, without special tokens and without truncation.</summary>
    public IReadOnlyList<int> EncodePieces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return _tokenizer.EncodeToIds(Clean(text), addSpecialTokens: false);
    }

    private static WordPieceEncoder Load()
    {
        using Stream vocabulary = MiniLmResources.OpenVocabulary();

        var options = new BertOptions
        {
            LowerCaseBeforeTokenization = true,
            ApplyBasicTokenization = true,
            IndividuallyTokenizeCjk = true,

            // The uncased reference tokenizer strips accents whenever it lower-cases.
            RemoveNonSpacingMarks = true,

            // User text that happens to contain "[SEP]" must not inject control tokens.
            SplitOnSpecialTokens = false,
            PreTokenizer = new RegexPreTokenizer(BertWordOrPunctuation(), specialTokens: null),
        };

        return new WordPieceEncoder(BertTokenizer.Create(vocabulary, options));
    }

    /// <summary>
    /// Drops what the reference tokenizer's text cleaning drops: NUL, U+FFFD and characters in the Unicode
    /// "other" categories (control, format, private use, unassigned); tab and line breaks become spaces.
    /// </summary>
    internal static string Clean(string text)
    {
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        Span<char> utf16 = stackalloc char[2];
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (rune.Value is '\t' or '\n' or '\r')
            {
                builder.Append(' ');
            }
            else if (!IsDropped(rune))
            {
                builder.Append(utf16[..rune.EncodeToUtf16(utf16)]);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (rune.Value is '\t' or '\n' or '\r' || IsDropped(rune))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDropped(Rune rune) =>
        rune == Rune.ReplacementChar
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control
            or UnicodeCategory.Format
            or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned;

    // A word is a run of anything but whitespace and punctuation; each punctuation mark is a word of its own.
    // BERT counts every non-alphanumeric ASCII printable as punctuation ($, +, <, ^, ` ...), not just \p{P}.
    [GeneratedRegex(
        @"[^\s\p{P}\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]+|[\p{P}\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]",
        RegexOptions.CultureInvariant)]
    private static partial Regex BertWordOrPunctuation();
}
