// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Reasoning.CaseMatching.Internal;

/// <summary>
/// An opportunity resolved against the index: ordinals for its facets, and the weights of the facets it has.
/// </summary>
internal sealed class MatchQuery
{
    private double _wIndustry;
    private double _wSize;
    private double _wRegion;
    private double _wProducts;
    private double _wText;
    private double _wGraph;
    private double _total;

    public int Customer { get; set; } = -1;

    public int Industry { get; set; } = -1;

    public int Region { get; set; } = -1;

    /// <summary>The industry as the request wrote it in Chinese, echoed in Chinese reasons.</summary>
    public string? IndustryLabel { get; set; }

    public int? Employees { get; set; }

    public double? Revenue { get; set; }

    public List<int> Products { get; } = [];

    /// <summary>Graph-overlap set, ascending after <see cref="Seal"/>.</summary>
    public int[] Entities { get; private set; } = [];

    public HashSet<int> EntitySet { get; } = [];

    /// <summary>Pain points the opportunity names (also in <see cref="EntitySet"/>).</summary>
    public HashSet<int> PainPoints { get; } = [];

    public bool HasText { get; set; }

    public Dictionary<int, double> WonText { get; set; } = [];

    public Dictionary<int, double> LostText { get; set; } = [];

    private int[] _productSeries = [];

    public bool HasSize => Employees is not null || Revenue is not null;

    public IReadOnlyList<string> Seal(CaseIndex index, CaseMatchWeights weights)
    {
        Entities = [.. EntitySet.Order()];
        _productSeries = [.. Products.Select(p => index.Entities[p].Series)];
        _wIndustry = Industry >= 0 ? weights.Industry : 0;
        _wSize = HasSize ? weights.Size : 0;
        _wRegion = Region >= 0 ? weights.Region : 0;
        _wProducts = Products.Count > 0 ? weights.Products : 0;
        _wText = HasText ? weights.Text : 0;
        _wGraph = Entities.Length > 0 ? weights.Graph : 0;
        _total = _wIndustry + _wSize + _wRegion + _wProducts + _wText + _wGraph;

        var missing = new List<string>();
        Add(missing, "industry", Industry >= 0);
        Add(missing, "size", HasSize);
        Add(missing, "region", Region >= 0);
        Add(missing, "products", Products.Count > 0);
        Add(missing, "text", HasText);
        Add(missing, "graph", Entities.Length > 0);
        return missing;
    }

    /// <summary>True when every facet the query has carries zero weight (nothing to rank by).</summary>
    public bool Unweighted => _total <= 0;

    /// <summary>
    /// The score alone, for the scan: the same sum as <see cref="Score(CaseGroup, double, out FacetScores)"/>.
    /// </summary>
    public double Score(CaseGroup group, double text)
    {
        if (_total <= 0)
        {
            return 0;
        }

        var sum = 0.0;
        if (_wIndustry > 0 && group.Industry == Industry)
        {
            sum += _wIndustry;
        }

        if (_wRegion > 0 && group.Region == Region)
        {
            sum += _wRegion;
        }

        if (_wSize > 0)
        {
            sum += _wSize * SizeBands.Similarity(Employees, Revenue, group.Employees, group.Revenue);
        }

        if (_wProducts > 0)
        {
            sum += _wProducts * ProductScore(group);
        }

        if (_wGraph > 0)
        {
            sum += _wGraph * Jaccard(Entities, group.Entities);
        }

        return (sum + (_wText * text)) / _total;
    }

    public double Score(CaseGroup group, double text, out FacetScores facets)
    {
        var industry = Industry >= 0 ? (group.Industry == Industry ? 1.0 : 0.0) : double.NaN;
        var size = HasSize ? SizeBands.Similarity(Employees, Revenue, group.Employees, group.Revenue) : double.NaN;
        var region = Region >= 0 ? (group.Region == Region ? 1.0 : 0.0) : double.NaN;
        var products = Products.Count > 0 ? ProductScore(group) : double.NaN;
        var textScore = HasText ? text : double.NaN;
        var graph = Entities.Length > 0 ? Jaccard(Entities, group.Entities) : double.NaN;
        facets = new FacetScores(industry, size, region, products, textScore, graph);
        if (_total <= 0)
        {
            return 0;
        }

        var sum = (_wIndustry * Z(industry)) + (_wSize * Z(size)) + (_wRegion * Z(region)) + (_wProducts * Z(products))
            + (_wText * Z(textScore)) + (_wGraph * Z(graph));
        return sum / _total;
    }

    private double ProductScore(CaseGroup group)
    {
        var best = 0.0;
        for (var i = 0; i < Products.Count && best < 1; i++)
        {
            if (Array.BinarySearch(group.Products, Products[i]) >= 0)
            {
                best = 1;
            }
            else if (_productSeries[i] >= 0 && Array.BinarySearch(group.Series, _productSeries[i]) >= 0)
            {
                best = 0.5;
            }
        }

        return best;
    }

    private static double Jaccard(int[] a, int[] b)
    {
        if (b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (a.Length + b.Length - common);
    }

    private static double Z(double value) => double.IsNaN(value) ? 0 : value;

    private static void Add(List<string> missing, string facet, bool present)
    {
        if (!present)
        {
            missing.Add(facet);
        }
    }
}
