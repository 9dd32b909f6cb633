// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Graph.Model;

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis.Internal;

/// <summary>
/// The standard's order: table row when the reader kept one (MLPS 2.0), else the key compared with its numbers as
/// numbers (<c>ac-2</c>, <c>ac-2.1</c>, <c>ac-10</c>).
/// </summary>
internal sealed class ControlOrder : IComparer<GraphNode>
{
    public static ControlOrder Instance { get; } = new();

    public int Compare(GraphNode? x, GraphNode? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var byRow = Row(x).CompareTo(Row(y));
        return byRow != 0 ? byRow : Natural(x.Key, y.Key);
    }

    private static int Row(GraphNode node) =>
        node.Properties.TryGetValue(
            "row",
            out var row) && int.TryParse(row, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : int.MaxValue;

    private static int Natural(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var startI = i;
                var startJ = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                var compared = long.Parse(a.AsSpan(startI, i - startI), CultureInfo.InvariantCulture)
                    .CompareTo(long.Parse(b.AsSpan(startJ, j - startJ), CultureInfo.InvariantCulture));
                if (compared != 0)
                {
                    return compared;
                }

                continue;
            }

            if (a[i] != b[j])
            {
                return a[i].CompareTo(b[j]);
            }

            i++;
            j++;
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }
}
