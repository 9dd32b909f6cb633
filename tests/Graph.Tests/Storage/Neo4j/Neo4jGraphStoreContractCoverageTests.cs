// Copyright (c) SalesCognition. All rights reserved.

using System.Reflection;
using SalesCognition.Testing;

namespace SalesCognition.Graph.Tests.Storage.Neo4j;

/// <summary>
/// Guards the live suite: every contract test must be re-declared in <see cref="Neo4jGraphStoreContractTests"/> with
/// the environment requirement, or it would run (and fail against no server) instead of being reported skipped.
/// </summary>
public sealed class Neo4jGraphStoreContractCoverageTests
{
    [Fact]
    public void ContractTests_EveryOne_IsOverriddenWithTheNeo4jUriRequirement()
    {
        var contract = typeof(GraphStoreContractTests).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType == typeof(GraphStoreContractTests) && m.GetCustomAttributes<FactAttribute>().Any())
            .Select(m => m.Name)
            .ToList();

        var live = typeof(Neo4jGraphStoreContractTests).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType == typeof(Neo4jGraphStoreContractTests))
            .Where(m => m.GetCustomAttribute<RequiresEnvironmentFactAttribute>() is not null ||
                m.GetCustomAttribute<RequiresEnvironmentTheoryAttribute>() is not null)
            .Select(m => m.Name)
            .ToList();

        Assert.NotEmpty(contract);
        Assert.Equal(contract.Order(StringComparer.Ordinal), live.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SkipReason_VariableUnset_NamesTheVariable()
    {
        var reason = EnvironmentRequirement.SkipReason("SALESCOG_TEST_NEVER_SET_VARIABLE", "the live tests");

        Assert.Equal("SALESCOG_TEST_NEVER_SET_VARIABLE is not set: the live tests are skipped", reason);
    }
}
