// Copyright (c) SalesCognition. All rights reserved.

using JiebaNet.Segmenter;

namespace SalesCognition.Retrieval.Text.Internal;

/// <summary>
/// The process-wide Chinese word dictionary (jieba's, which is global) plus the domain's terms: ontology names,
/// aliases and codes. Terms that mix Chinese with Latin or digits (<c>等保2.0</c>) are kept in a separate list,
/// because jieba only sees runs of Chinese characters here.
/// </summary>
internal static class ChineseDictionary
{
    /// <summary>The output folder jieba's files are copied to.</summary>
    public const string ResourceFolder = "jieba";

    /// <summary>Frequency given to domain terms: high enough that the segmenter prefers them to their parts.</summary>
    private const int DomainTermFrequency = 20_000;

    private static readonly ReaderWriterLockSlim s_lock = new(LockRecursionPolicy.NoRecursion);
    private static readonly HashSet<string> s_added = new(StringComparer.Ordinal);
    private static readonly Lazy<JiebaSegmenter> s_segmenter = new(
        Create,
        LazyThreadSafetyMode.ExecutionAndPublication);
    private static volatile string[] s_mixedTerms = [];

    /// <summary>The domain terms that mix CJK with other letters or digits, normalised and lower-cased.</summary>
    public static IReadOnlyList<string> MixedTerms => s_mixedTerms;

    /// <summary>Adds domain terms; terms already known are ignored. Affects text analysed from now on.</summary>
    public static void AddTerms(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);

        JiebaSegmenter segmenter = s_segmenter.Value;
        s_lock.EnterWriteLock();
        try
        {
            var mixed = new List<string>(s_mixedTerms);
            foreach (string raw in terms)
            {
                string term = TextNormalizer.Normalize(raw ?? "").Trim().ToLowerInvariant();
                if (term.Length < 2 || !s_added.Add(term) || !term.Any(IsHan))
                {
                    continue;
                }

                if (term.All(IsHan))
                {
                    segmenter.AddWord(term, DomainTermFrequency);
                }
                else if (!term.Any(char.IsWhiteSpace))
                {
                    mixed.Add(term);
                }
            }

            s_mixedTerms = [.. mixed.OrderByDescending(t => t.Length)];
        }
        finally
        {
            s_lock.ExitWriteLock();
        }
    }

    /// <summary>Cuts a run of Chinese characters into words, in search mode; offsets are relative to the run.</summary>
    public static List<(string Word, int Start, int End)> Segment(string run)
    {
        JiebaSegmenter segmenter = s_segmenter.Value;
        s_lock.EnterReadLock();
        try
        {
            return [.. segmenter.Tokenize(
                run,
                TokenizerMode.Search,
                hmm: true).Select(t => (t.Word, t.StartIndex, t.EndIndex))];
        }
        finally
        {
            s_lock.ExitReadLock();
        }
    }

    /// <summary>Whether <paramref name="c"/> is a basic-plane Han character, the only ones jieba is given.</summary>
    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    private static JiebaSegmenter Create()
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, ResourceFolder);
        return new JiebaSegmenter();
    }
}
