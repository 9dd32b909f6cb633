// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Text.RegularExpressions;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    /// <summary>
    /// The command line's parse error in words a user reads: a value that is not a number names the option and what
    /// it expects ("--rrf-k expects a whole number, not 'abc'.") rather than a .NET type, a value of no other kind
    /// names the option and keeps the parser's suggestions; other errors pass unchanged.
    /// </summary>
    internal static string ExplainParseError(string message)
    {
        var match = UnparsableValue().Match(message);
        if (!match.Success)
        {
            return message;
        }

        string type = match.Groups["type"].Value;
        string? expected = type switch
        {
            _ when type.Contains("System.Int32", StringComparison.Ordinal) => "a whole number",
            _ when type.Contains("System.Int64", StringComparison.Ordinal) => "a whole number",
            _ when type.Contains("System.Double", StringComparison.Ordinal) => "a number such as 0.5",
            _ when type.Contains("System.TimeSpan", StringComparison.Ordinal) => "a duration such as 00:00:30",
            _ => null,
        };
        // Another type (an enum such as --analysis): keep the parser's list of the values it takes, drop the type name.
        return expected is null
            ? $"{match.Groups["option"].Value} does not take '{match.Groups["value"].Value}'.{match.Groups["rest"].Value}"
            : $"{match.Groups["option"].Value} expects {expected}, not '{match.Groups["value"].Value}'.";
    }

    /// <summary>
    /// Checks that a number option, when given and readable, lies in [<paramref name="min"/>, <paramref name="max"/>];
    /// a value that is not a number is left to the parser's own error (read here it would throw).
    /// </summary>
    internal static void RequireRange<T>(Option<T?> option, T min, T max, string message)
        where T : struct, System.Numerics.INumber<T>
    {
        option.Validators.Add(result =>
        {
            T? value;
            try
            {
                value = result.GetValue(option);
            }
            catch (InvalidOperationException)
            {
                return;
            }

            if (value is { } v && !(v >= min && v <= max))
            {
                result.AddError(message);
            }
        });
    }

    private const string UnparsableValuePattern =
        @"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.(?<rest>[\s\S]*)$";

    [GeneratedRegex(UnparsableValuePattern)]
    private static partial Regex UnparsableValue();
}
