// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.EndToEnd.Tests.GapAnalysis;

/// <summary>
/// Compares generated text with a committed expected file. On a difference (or a missing file) the generated text
/// is written next to it as <c>name.received.md</c>, for a person to review and, if right, rename over the expected one.
/// </summary>
internal static class Approvals
{
    public static void Verify(string expectedPath, string received)
    {
        var normalized = received.Replace("\r\n", "\n", StringComparison.Ordinal);
        var receivedPath = Path.ChangeExtension(expectedPath, ".received" + Path.GetExtension(expectedPath));
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace(
            "\r\n",
            "\n",
            StringComparison.Ordinal) : null;
        if (expected == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        var firstDifference = expected is null ? -1 : FirstDifferentLine(expected, normalized);
        Assert.Fail(expected is null
            ? $"No expected file {expectedPath}; the output was written to {receivedPath} for review."
            : $"The output differs from {expectedPath} at line {firstDifference}; it was written to {receivedPath} for review.");
    }

    private static int FirstDifferentLine(string expected, string received)
    {
        var a = expected.Split('\n');
        var b = received.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return i + 1;
            }
        }

        return Math.Min(a.Length, b.Length) + 1;
    }
}
