// Copyright (c) SalesCognition. All rights reserved.

using System.Text.RegularExpressions;

namespace SalesCognition.Graph.Storage.Neo4j;

/// <summary>Checks <see cref="Neo4jOptions"/> before the store is opened and at host start-up.</summary>
internal static partial class Neo4jOptionsValidator
{
    /// <summary>The longest request timeout accepted.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Every problem of <paramref name="options"/>, each with the property it concerns.</summary>
    public static IEnumerable<(string Property, string Error)> Errors(Neo4jOptions options, string keyPrefix)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (options.Uri is null)
        {
            yield return (nameof(Neo4jOptions.Uri), $"{keyPrefix}Uri is required: the Neo4j HTTP address, for example " +
                "http://localhost:7474");
        }
        else if (!options.Uri.IsAbsoluteUri ||
            (options.Uri.Scheme != System.Uri.UriSchemeHttp && options.Uri.Scheme != System.Uri.UriSchemeHttps))
        {
            yield return (nameof(Neo4jOptions.Uri), $"{keyPrefix}Uri must be an absolute http:// or https:// address " +
                "(the Query API, not bolt://)");
        }
        else if (options.Uri.UserInfo.Length > 0)
        {
            // The address is shown in messages; credentials in it would leak there.
            yield return (nameof(Neo4jOptions.Uri), $"{keyPrefix}Uri must not carry a user name or password; set " +
                $"{keyPrefix}User and the variable named by {keyPrefix}PasswordVariable");
        }

        if (string.IsNullOrWhiteSpace(options.Database) || !DatabaseName().IsMatch(options.Database))
        {
            yield return (nameof(Neo4jOptions.Database), $"{keyPrefix}Database must be 1 to 63 letters, digits, '.' " +
                $"or '-', starting with a letter, was '{options.Database}'");
        }

        if (string.IsNullOrWhiteSpace(options.PasswordVariable))
        {
            yield return (nameof(Neo4jOptions.PasswordVariable), $"{keyPrefix}PasswordVariable must name an " +
                "environment variable");
        }
        else if (!string.IsNullOrEmpty(options.User) &&
            string.IsNullOrEmpty(Environment.GetEnvironmentVariable(options.PasswordVariable)))
        {
            yield return (nameof(Neo4jOptions.PasswordVariable), $"{keyPrefix}User is set but the environment " +
                $"variable {options.PasswordVariable} (named by {keyPrefix}PasswordVariable) holds no password");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > MaxTimeout)
        {
            yield return (nameof(Neo4jOptions.Timeout), $"{keyPrefix}Timeout must be above zero and at most " +
                $"{MaxTimeout}, was {options.Timeout}");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9.-]{0,62}$")]
    private static partial Regex DatabaseName();
}
