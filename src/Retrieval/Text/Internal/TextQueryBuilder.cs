// Copyright (c) SalesCognition. All rights reserved.

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SalesCognition.Retrieval.Text.Internal;

/// <summary>
/// Turns user text into a Lucene query without any query syntax: the text is analysed like indexed
/// text and every distinct term becomes an optional clause on the title and the body.
/// </summary>
internal static class TextQueryBuilder
{
    /// <summary>
    /// The distinct terms of <paramref name="text"/> in order of first appearance, at most <paramref name="maxTerms"/>.
    /// </summary>
    public static IReadOnlyList<string> DistinctTerms(Analyzer analyzer, string text, int maxTerms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<string>();

        using TokenStream stream = analyzer.GetTokenStream(TextFields.Text, text);
        ICharTermAttribute term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (terms.Count < maxTerms && stream.IncrementToken())
        {
            string value = term.ToString();
            if (seen.Add(value))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }

    /// <summary>A query that matches any of <paramref name="terms"/> in the title (boosted) or the body.</summary>
    public static Query Build(IReadOnlyList<string> terms, float titleBoost)
    {
        var query = new BooleanQuery();
        foreach (string term in terms)
        {
            query.Add(new TermQuery(new Term(TextFields.Title, term)) { Boost = titleBoost }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(TextFields.Text, term)), Occur.SHOULD);
        }

        return query;
    }
}
