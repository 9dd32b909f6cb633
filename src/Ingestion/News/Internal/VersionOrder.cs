// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;

namespace SalesCognition.Ingestion.News.Internal;

/// <summary>
/// Compares dotted version strings numerically (<c>9.10.1</c> after <c>9.9.0</c>); text parts compare ordinally.
/// </summary>
internal sealed class VersionOrder : IComparer<string>
{
    public static VersionOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var left = (x ?? "").Split('.', '-');
        var right = (y ?? "").Split('.', '-');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var a = i < left.Length ? left[i] : "0";
            var b = i < right.Length ? right[i] : "0";
            var order = int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                && int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    ? m.CompareTo(n)
                    : string.CompareOrdinal(a, b);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
