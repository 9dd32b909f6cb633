// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Text;

/// <summary>How the text index cuts Chinese (and Japanese and Korean) text into terms.</summary>
public enum TextAnalysis
{
    /// <summary>
    /// The recommended analysis, currently <see cref="DictionaryWithBigrams"/> (best on the Chinese evaluation set:
    /// nDCG@10 0.989 against 0.987 for <see cref="Bigram"/> and 0.982 for <see cref="Dictionary"/>).
    /// </summary>
    Default = 0,

    /// <summary>Every CJK character and every overlapping pair of characters; needs no dictionary.</summary>
    Bigram = 1,

    /// <summary>
    /// Chinese cut into words by a dictionary (jieba) that holds every ontology name, alias and code, in
    /// search mode (long words also yield their dictionary sub-words).
    /// </summary>
    Dictionary = 2,

    /// <summary>The terms of <see cref="Dictionary"/> plus every single CJK character, for partial matches.</summary>
    DictionaryWithCharacters = 3,

    /// <summary>
    /// The terms of <see cref="Dictionary"/> plus the terms of <see cref="Bigram"/> for every Chinese run.
    /// </summary>
    DictionaryWithBigrams = 4,
}
