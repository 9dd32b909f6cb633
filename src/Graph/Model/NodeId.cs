// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text;

namespace SalesCognition.Graph.Model;

/// <summary>Builds the stable ids of nodes from their type and key.</summary>
public static class NodeId
{
    /// <summary>
    /// Normalises a key: NFKC (folds full-width forms), trimmed, lower case, inner whitespace as one dash.
    /// </summary>
    public static string NormalizeKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);

        var folded = key.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append('-');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The id of the node of <paramref name="type"/> with <paramref name="key"/>.</summary>
    public static string For(string type, string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);

        return string.Create(CultureInfo.InvariantCulture, $"{type.ToLowerInvariant()}:{NormalizeKey(key)}");
    }
}
