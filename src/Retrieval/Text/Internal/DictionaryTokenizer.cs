// Copyright (c) SalesCognition. All rights reserved.

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace SalesCognition.Retrieval.Text.Internal;

/// <summary>
/// Tokenises like the standard tokenizer (Unicode word rules: <c>TLS1.3</c>, <c>K8s</c>, <c>iPhone15Pro</c> stay
/// whole), then cuts each run of Chinese characters into dictionary words with <see cref="ChineseDictionary"/>,
/// and adds each mixed-script domain term (<c>等保2.0</c>) found in the text as one more term.
/// </summary>
/// <remarks>
/// Only basic-plane Han characters go to the segmenter; a supplementary ideograph (<c>𠮷</c>) stays the one
/// term the standard tokenizer made of it, so no surrogate is ever split. The field value is read whole.
/// </remarks>
internal sealed class DictionaryTokenizer : Tokenizer
{
    /// <summary>The token type of a dictionary word.</summary>
    public const string WordType = "<CJK_WORD>";

    private static readonly string s_ideographic = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];

    private readonly Extra _extra;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private List<Piece>? _pieces;
    private int _next;
    private int _length;

    public DictionaryTokenizer(TextReader input, Extra extra)
        : base(input)
    {
        _extra = extra;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_pieces is null)
        {
            string text = ReadAll(m_input);
            _length = text.Length;
            _pieces = Cut(text, _extra);
        }

        if (_next >= _pieces.Count)
        {
            return false;
        }

        Piece piece = _pieces[_next++];
        _term.SetEmpty().Append(piece.Term);
        _offset.SetOffset(CorrectOffset(piece.Start), CorrectOffset(piece.End));
        _type.Type = piece.Type;
        return true;
    }

    public override void End()
    {
        base.End();
        int final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        _pieces = null;
        _next = 0;
        _length = 0;
    }

    /// <summary>Reads the whole value; Lucene's char filters signal the end with -1 where TextReader uses 0.</summary>
    private static string ReadAll(TextReader reader)
    {
        var text = new System.Text.StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    /// <summary>The terms of <paramref name="text"/> (already normalised), ordered by start offset.</summary>
    internal static List<Piece> Cut(string text, Extra extra)
    {
        var pieces = new List<Piece>();
        var run = new List<Piece>();
        foreach (Piece token in StandardTokens(text))
        {
            bool han = token.Type == s_ideographic && token.Term.Length == 1 && ChineseDictionary.IsHan(token.Term[0]);
            if (run.Count > 0 && (!han || run[^1].End != token.Start))
            {
                AddRun(text, run, pieces, extra);
            }

            if (han)
            {
                run.Add(token);
            }
            else
            {
                pieces.Add(token);
            }
        }

        AddRun(text, run, pieces, extra);
        AddMixedTerms(text, pieces);
        return [.. pieces.OrderBy(p => p.Start).ThenBy(p => p.End)];
    }

    private static List<Piece> StandardTokens(string text)
    {
        using var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(text));
        ICharTermAttribute term = tokenizer.AddAttribute<ICharTermAttribute>();
        IOffsetAttribute offset = tokenizer.AddAttribute<IOffsetAttribute>();
        ITypeAttribute type = tokenizer.AddAttribute<ITypeAttribute>();
        tokenizer.Reset();
        var tokens = new List<Piece>();
        while (tokenizer.IncrementToken())
        {
            tokens.Add(new Piece(term.ToString(), offset.StartOffset, offset.EndOffset, type.Type));
        }

        tokenizer.End();
        return tokens;
    }

    private static void AddRun(string text, List<Piece> run, List<Piece> pieces, Extra extra)
    {
        if (run.Count == 0)
        {
            return;
        }

        int start = run[0].Start;
        if (run.Count == 1)
        {
            pieces.Add(run[0]);
        }
        else
        {
            foreach (var (word, wordStart, wordEnd) in ChineseDictionary.Segment(text[start..run[^1].End]))
            {
                if (extra == Extra.None || word.Length > 1)
                {
                    pieces.Add(new Piece(word, start + wordStart, start + wordEnd, WordType));
                }
            }

            if (extra != Extra.None)
            {
                pieces.AddRange(run);
            }

            if (extra == Extra.Bigrams)
            {
                for (int i = 1; i < run.Count; i++)
                {
                    pieces.Add(new Piece(run[i - 1].Term + run[i].Term, run[i - 1].Start, run[i].End, WordType));
                }
            }
        }

        run.Clear();
    }

    private static void AddMixedTerms(string text, List<Piece> pieces)
    {
        IReadOnlyList<string> terms = ChineseDictionary.MixedTerms;
        if (terms.Count == 0)
        {
            return;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char first = char.ToLowerInvariant(text[i]);
            foreach (string term in terms)
            {
                if (term[0] == first
                    && string.Compare(text, i, term, 0, term.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && i + term.Length <= text.Length
                    && (i + term.Length == text.Length || !IsGlued(text[i + term.Length - 1], text[i + term.Length])))
                {
                    pieces.Add(new Piece(term, i, i + term.Length, WordType));
                }
            }
        }
    }

    /// <summary>
    /// Whether a term ending in <paramref name="last"/> would run on into <paramref name="next"/> (等保2.0 in 等保2.01).
    /// </summary>
    private static bool IsGlued(
        char last,
        char next) => char.IsAsciiLetterOrDigit(last) && (char.IsAsciiLetterOrDigit(next) || next == '.');

    /// <summary>What a Chinese run yields beside its dictionary words.</summary>
    internal enum Extra
    {
        /// <summary>Nothing.</summary>
        None,

        /// <summary>Every character.</summary>
        Characters,

        /// <summary>Every character and every overlapping pair.</summary>
        Bigrams,
    }

    internal readonly record struct Piece(string Term, int Start, int End, string Type);
}
