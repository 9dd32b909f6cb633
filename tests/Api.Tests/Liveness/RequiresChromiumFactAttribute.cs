// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Api.Tests.Liveness;

/// <summary>
/// A fact that needs Debian's Chromium at <see cref="ExecutablePath"/>: skipped with a message when it is missing,
/// except under CI=true, where the test runs (and fails) so that a missing browser cannot go unnoticed.
/// </summary>
internal sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public RequiresChromiumFactAttribute()
    {
        var underCi = string.Equals(
            Environment.GetEnvironmentVariable("CI"),
            "true",
            StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(ExecutablePath) && !underCi)
        {
            Skip = $"{ExecutablePath} is missing: install Debian's chromium package (apt-get install -y chromium).";
        }
    }
}
