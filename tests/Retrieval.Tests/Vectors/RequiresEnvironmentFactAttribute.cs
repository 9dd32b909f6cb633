// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Tests.Vectors;

/// <summary>
/// A fact that needs an environment variable (a live server's address, for example); without it the test is
/// skipped with a message naming the variable, and nothing is contacted.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RequiresEnvironmentFactAttribute : FactAttribute
{
    public RequiresEnvironmentFactAttribute(string variable, string what)
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable)))
        {
            Skip = $"{variable} is not set: {what} are skipped";
        }
    }
}
