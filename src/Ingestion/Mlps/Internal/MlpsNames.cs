// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Graph.Model;

namespace SalesCognition.Ingestion.Mlps.Internal;

/// <summary>The names and keys the MLPS 2.0 readers give standards, baselines, items and categories.</summary>
internal static class MlpsNames
{
    public const string StandardKey = "mlps-2.0";
    public const string StandardName = "MLPS 2.0";
    public const string General = "general";

    /// <summary>The layers (安全层面) of the general requirements, in the standard's order.</summary>
    public static IReadOnlyList<string> GeneralLayers { get; } =
    [
        "安全物理环境", "安全通信网络", "安全区域边界", "安全计算环境", "安全管理中心",
        "安全管理制度", "安全管理机构", "安全管理人员", "安全建设管理", "安全运维管理",
    ];

    /// <summary>How many general items GB/T 22239-2019 has at level 3 (SOURCE.md of the data set).</summary>
    public const int StandardLevel3GeneralItems = 211;

    private static readonly (string Prefix, string Key, string Label)[] Categories =
    [
        ("安全通用要求", General, "安全通用要求"),
        ("云计算", "cloud", "云计算安全扩展要求"),
        ("移动互联", "mobile", "移动互联安全扩展要求"),
        ("物联网", "iot", "物联网安全扩展要求"),
        ("工业控制", "industrial", "工业控制系统安全扩展要求"),
    ];

    /// <summary>The extension key of a category as written, or null when the category is unknown.</summary>
    public static string? ExtensionOf(string category)
    {
        var trimmed = category.Trim();
        foreach (var (prefix, key, _) in Categories)
        {
            if (trimmed.StartsWith(prefix, StringComparison.Ordinal))
            {
                return key;
            }
        }

        return null;
    }

    public static string ControlKey(string code) => "mlps-" + NodeId.NormalizeKey(code);

    public static string BaselineKey(int level, string extension) =>
        extension == General
            ? string.Create(CultureInfo.InvariantCulture, $"{StandardKey}-level-{level}")
            : string.Create(CultureInfo.InvariantCulture, $"{StandardKey}-level-{level}-{extension}");

    public static string BaselineName(int level, string extension)
    {
        var label = Categories.First(c => c.Key == extension).Label;
        return string.Create(CultureInfo.InvariantCulture, $"等保2.0 第{LevelNumeral(level)}级 {label}");
    }

    private static string LevelNumeral(int level) => level switch
    {
        1 => "一",
        2 => "二",
        3 => "三",
        4 => "四",
        _ => level.ToString(CultureInfo.InvariantCulture),
    };
}
