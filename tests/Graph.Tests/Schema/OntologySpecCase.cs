// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Tests.Schema;

/// <summary>
/// One case of <c>Schema/Specs</c>: a YAML file or a folder of them, and the <c>.expected</c> file beside it
/// (see <c>Specs/README.md</c> for its format).
/// </summary>
internal sealed class OntologySpecCase
{
    private readonly Dictionary<string, List<string>> _expected;

    private OntologySpecCase(string name, string input, Dictionary<string, List<string>> expected)
    {
        Name = name;
        Input = input;
        _expected = expected;
    }

    /// <summary>The folder the cases are copied to.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Schema", "Specs");

    /// <summary>The case name: its path below <see cref="Root"/> without extension, with forward slashes.</summary>
    public string Name { get; }

    /// <summary>The YAML file or folder to load.</summary>
    public string Input { get; }

    /// <summary>The names of the cases in one group (<c>valid</c> or <c>invalid</c>).</summary>
    public static IEnumerable<string> Names(string group) =>
        Directory.EnumerateFiles(Path.Combine(Root, group), "*.expected")
            .Select(f => group + "/" + Path.GetFileNameWithoutExtension(f))
            .Order(StringComparer.Ordinal);

    /// <summary>Reads the case named <paramref name="name"/>.</summary>
    public static OntologySpecCase Read(string name)
    {
        var basePath = Path.Combine(Root, name.Replace('/', Path.DirectorySeparatorChar));
        var input = Directory.Exists(basePath) ? basePath : basePath + ".yaml";
        if (!Path.Exists(input))
        {
            throw new InvalidOperationException($"Spec case '{name}' has an .expected file but no '{input}'.");
        }

        var expected = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(basePath + ".expected"))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new InvalidOperationException($"Spec case '{name}': expected 'key: value', found '{line}'.");
            }

            var key = line[..colon].Trim();
            if (!expected.TryGetValue(key, out var values))
            {
                expected[key] = values = [];
            }

            values.Add(line[(colon + 1)..].Trim());
        }

        return new OntologySpecCase(name, input, expected);
    }

    /// <summary>Every value given for <paramref name="key"/>.</summary>
    public IReadOnlyList<string> All(string key) =>
        _expected.TryGetValue(key, out var values) && values.Count > 0
            ? values
            : throw new InvalidOperationException($"Spec case '{Name}' gives no '{key}'.");

    /// <summary>The one value given for <paramref name="key"/>.</summary>
    public string Single(string key) =>
        All(key) is [var value]
            ? value
            : throw new InvalidOperationException($"Spec case '{Name}' gives '{key}' more than once.");

    /// <summary>The one value given for <paramref name="key"/>, as a number.</summary>
    public int Number(string key) => int.Parse(Single(key), System.Globalization.CultureInfo.InvariantCulture);
}
