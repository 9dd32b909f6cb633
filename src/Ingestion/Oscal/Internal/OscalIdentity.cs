// Copyright (c) SalesCognition. All rights reserved.

using System.Text;
using System.Text.RegularExpressions;

namespace SalesCognition.Ingestion.Oscal.Internal;

/// <summary>Works out which standard and which baseline an OSCAL document is, from its metadata title.</summary>
internal static partial class OscalIdentity
{
    /// <summary>Key of NIST SP 800-53 Rev. 5, as the ontology seeds it.</summary>
    public const string Nist80053Rev5Key = "nist-800-53-rev5";

    /// <summary>Display name of NIST SP 800-53 Rev. 5, as the ontology seeds it.</summary>
    public const string Nist80053Rev5Name = "NIST SP 800-53 Rev. 5";

    public static bool IsNist80053Rev5(string title) => Nist80053Rev5Pattern().IsMatch(title);

    /// <summary>The standard's key and name: the seeded one for SP 800-53 Rev. 5, else from the title.</summary>
    public static (string Key, string Name) Standard(string title) =>
        IsNist80053Rev5(title) ? (Nist80053Rev5Key, Nist80053Rev5Name) : (Slug(title), title.Trim());

    /// <summary>The level a baseline title names: <c>low</c>, <c>moderate</c>, <c>high</c> or <c>privacy</c>.</summary>
    public static string? Level(string title)
    {
        var match = LevelPattern().Match(title);
        return match.Success ? match.Groups["level"].Value.ToLowerInvariant() : null;
    }

    /// <summary>Whether a title names a baseline (<c>... MODERATE IMPACT BASELINE</c>).</summary>
    public static bool NamesBaseline(string title) => BaselinePattern().IsMatch(title);

    /// <summary>The baseline's key and name: <c>nist-800-53-rev5-moderate</c> for NIST, else from the title.</summary>
    public static (string Key, string Name) Baseline(string title, string? level)
    {
        if (IsNist80053Rev5(title) && level is not null)
        {
            return ($"{Nist80053Rev5Key}-{level}", $"{Nist80053Rev5Name} {level.ToUpperInvariant()} baseline");
        }

        return (Slug(title), title.Trim());
    }

    /// <summary>Lower-case letters and digits, other runs as one dash.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '.')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    [GeneratedRegex(
        @"\b800-53\b.*\b(Revision|Rev\.?)\s*5\b|\b800-53r5\b|\b800-53[-_ ]rev5\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Nist80053Rev5Pattern();

    [GeneratedRegex(@"\b(?<level>low|moderate|high|privacy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LevelPattern();

    [GeneratedRegex(@"\bbaseline\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BaselinePattern();
}
