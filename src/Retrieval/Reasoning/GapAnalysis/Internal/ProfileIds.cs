// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text.RegularExpressions;
using SalesCognition.Graph.Model;

namespace SalesCognition.Retrieval.Reasoning.GapAnalysis.Internal;

/// <summary>
/// The node keys an id written in a profile may stand for: <c>AC-2(1)</c> is <c>ac-2.1</c>, <c>GEN-012</c> is
/// <c>mlps-gen-012</c>.
/// </summary>
internal static partial class ProfileIds
{
    public static IEnumerable<string> CandidateKeys(string id)
    {
        var key = NodeId.NormalizeKey(id);
        yield return key;

        var match = NistPattern().Match(key);
        if (match.Success)
        {
            var number = int.Parse(match.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
            var enhancement = match.Groups["e"];
            yield return enhancement.Success
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"{match.Groups["f"].Value}-{number}.{int.Parse(enhancement.ValueSpan, CultureInfo.InvariantCulture)}")
                : string.Create(CultureInfo.InvariantCulture, $"{match.Groups["f"].Value}-{number}");
        }

        yield return "mlps-" + key;
    }

    [GeneratedRegex(@"^(?<f>[a-z]{2})-?0*(?<n>\d{1,3})(?:\(0*(?<e>\d{1,3})\)|\.0*(?<e>\d{1,3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NistPattern();
}
