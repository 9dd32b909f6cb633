// Copyright (c) SalesCognition. All rights reserved.

using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SalesCognition.Retrieval.Text.Internal;

/// <summary>
/// The analyzer for mixed Chinese and English text, used for indexed text and queries alike.
/// </summary>
/// <remarks>
/// <para>
/// Chinese (and Japanese and Korean) runs become single characters plus overlapping bigrams, so no
/// dictionary is needed and a one-character query still matches. Latin and digit runs such as
/// <c>TLS1.3</c>, <c>K8s</c> or <c>SM4</c> stay one term, as Unicode word segmentation already keeps
/// them. There is no stop list and no stemming: short words such as "IT" or "AS" carry meaning in
/// this domain, and BM25 already discounts common words.
/// </para>
/// <para>
/// With the dictionary analyses, Chinese runs are cut into dictionary words instead (see
/// <see cref="DictionaryTokenizer"/>); Japanese and Korean still get bigrams. English words are then reduced by
/// the gentle KStem stemmer (terms with a digit are left alone): on the SciFact dev split this lifts BM25
/// nDCG@10 from 0.66 to 0.70.
/// </para>
/// </remarks>
internal sealed class MixedLanguageAnalyzer(TextAnalysis analysis = TextAnalysis.Bigram) : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private const CJKScript AllCjkScripts = CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL;

    private static readonly Regex s_hasDigit = new(@"\d", RegexOptions.CultureInvariant);

    private const CJKScript OtherCjkScripts = CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL;

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new NormalizingCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        Tokenizer tokenizer = analysis switch
        {
            TextAnalysis.Bigram => new StandardTokenizer(Version, reader),
            TextAnalysis.DictionaryWithCharacters => new DictionaryTokenizer(
                reader,
                DictionaryTokenizer.Extra.Characters),
            TextAnalysis.DictionaryWithBigrams => new DictionaryTokenizer(reader, DictionaryTokenizer.Extra.Bigrams),
            _ => new DictionaryTokenizer(reader, DictionaryTokenizer.Extra.None),
        };
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(
            stream,
            analysis == TextAnalysis.Bigram ? AllCjkScripts : OtherCjkScripts,
            outputUnigrams: true);
        stream = new EnglishPossessiveFilter(Version, stream);
        if (analysis != TextAnalysis.Bigram)
        {
            // Terms with a digit (TLS1.3, K8s, emoji_u1f44d) are codes, never stemmed.
            stream = new PatternKeywordMarkerFilter(stream, s_hasDigit);
            stream = new KStemFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
