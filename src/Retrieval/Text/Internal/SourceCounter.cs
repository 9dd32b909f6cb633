// Copyright (c) SalesCognition. All rights reserved.

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SalesCognition.Retrieval.Text.Internal;

/// <summary>
/// Counts live documents per source id for one tenant by walking the postings of the source field,
/// so no stored field is loaded.
/// </summary>
internal static class SourceCounter
{
    public static void CountSegment(AtomicReader reader, Term tenantTerm, Dictionary<string, int> counts)
    {
        DocsEnum? tenantDocs = reader.GetTermDocsEnum(tenantTerm);
        Terms? sources = reader.GetTerms(TextFields.SourceId);
        if (tenantDocs is null || sources is null)
        {
            return;
        }

        var inTenant = new FixedBitSet(reader.MaxDoc);
        for (int doc = tenantDocs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = tenantDocs.NextDoc())
        {
            inTenant.Set(doc);
        }

        TermsEnum sourceTerms = sources.GetEnumerator();
        DocsEnum? sourceDocs = null;
        while (sourceTerms.MoveNext())
        {
            sourceDocs = sourceTerms.Docs(reader.LiveDocs, sourceDocs, DocsFlags.NONE);
            int count = 0;
            for (int doc = sourceDocs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sourceDocs.NextDoc())
            {
                if (inTenant.Get(doc))
                {
                    count++;
                }
            }

            if (count > 0)
            {
                string sourceId = sourceTerms.Term.Utf8ToString();
                counts[sourceId] = counts.GetValueOrDefault(sourceId) + count;
            }
        }
    }
}
