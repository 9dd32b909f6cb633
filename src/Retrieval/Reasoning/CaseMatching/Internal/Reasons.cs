// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;

namespace SalesCognition.Retrieval.Reasoning.CaseMatching.Internal;

/// <summary>Writes the one-line reason of a match from its strongest facets, in Chinese or English.</summary>
internal static class Reasons
{
    private const double SimilarSize = 0.7;
    private const double SimilarText = 0.5;

    public static string Of(CaseIndex index, MatchQuery query, CaseGroup group, FacetScores facets, string language)
    {
        var zh = language == "zh";
        var parts = new List<string>();
        if (facets.Industry == 1 && group.Industry >= 0)
        {
            var industry = zh && query.IndustryLabel is { } label ? label : index.Entities[group.Industry].NameIn(language);
            parts.Add(zh ? $"同属{industry}行业" : $"same industry ({industry})");
        }

        if (facets.Size >= SimilarSize)
        {
            parts.Add(zh ? "规模相近" : "similar size");
        }

        if (facets.Region == 1 && group.Region >= 0)
        {
            var region = index.Entities[group.Region].NameIn(language);
            parts.Add(zh ? $"同在{region}" : $"also in {region}");
        }

        AddProducts(index, query, group, facets, zh, parts);
        if (facets.Text >= SimilarText)
        {
            parts.Add(zh ? "需求描述相似" : "a similar need in its write-up");
        }

        var shared = SharedPainPoints(query, group);
        if (shared.Count > 0)
        {
            var names = string.Join(zh ? "、" : ", ", shared.Select(p => index.Entities[p].NameIn(language)));
            parts.Add(zh ? $"同样面临{names}问题" : $"faced the same pain points ({names})");
        }

        if (query.Customer >= 0 && group.Customer == query.Customer)
        {
            parts.Add(zh ? "同一客户的既往成交" : "an earlier deal with the same account");
        }
        else if (facets.Graph > 0 && parts.Count == 0)
        {
            parts.Add(zh ? "关联的技术或产品有重合" : "overlapping technologies or products");
        }

        if (parts.Count == 0)
        {
            return zh
                ? "最接近的案例，但没有共同的维度"
                : "Closest case available, though it shares none of the given facets";
        }

        var line = string.Join(zh ? "，" : ", ", parts);
        return zh ? line : char.ToUpper(line[0], CultureInfo.InvariantCulture) + line[1..];
    }

    /// <summary>The pain points the case faces that the opportunity names, ascending ordinals.</summary>
    public static List<int> SharedPainPoints(MatchQuery query, CaseGroup group) =>
        query.PainPoints.Count == 0 ? [] : [.. group.PainPoints.Where(query.PainPoints.Contains)];

    private static void AddProducts(
        CaseIndex index,
        MatchQuery query,
        CaseGroup group,
        FacetScores facets,
        bool zh,
        List<string> parts)
    {
        if (facets.Products == 1)
        {
            var shared = query.Products.Where(p => Array.BinarySearch(
                group.Products,
                p) >= 0).Select(p => index.Entities[p].Name);
            var names = string.Join(zh ? "、" : ", ", shared);
            parts.Add(zh ? $"同样采购了 {names}" : $"also bought {names}");
        }
        else if (facets.Products > 0)
        {
            var bought = group.Products.FirstOrDefault(p => query.Products.Any(q =>
                index.Entities[q].Series >= 0 && index.Entities[q].Series == index.Entities[p].Series));
            var series = index.Series[index.Entities[bought].Series];
            var product = index.Entities[bought].Name;
            parts.Add(zh ? $"采购了同系列（{series}）的 {product}" : $"bought {product} from the same {series} series");
        }
    }
}
