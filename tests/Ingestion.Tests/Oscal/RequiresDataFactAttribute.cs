// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Tests.Oscal;

/// <summary>
/// A fact over the real data in <c>../shared/data</c>: skipped with a message when the folder is missing,
/// except under CI (<c>CI=true</c>), where the test runs and fails.
/// </summary>
public sealed class RequiresDataFactAttribute : FactAttribute
{
    public RequiresDataFactAttribute()
    {
        if (SharedData.Root is null && !SharedData.InCi)
        {
            Skip = "Real data folder ../shared/data (next to the repository) is missing; set CI=true to fail instead.";
        }
    }
}
