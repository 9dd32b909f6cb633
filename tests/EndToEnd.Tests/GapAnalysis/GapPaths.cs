// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Testing;

namespace SalesCognition.EndToEnd.Tests.GapAnalysis;

internal static class GapPaths
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "EndToEnd.Tests", "GapAnalysis");

    public static string Handmade => Path.Combine(Folder, "Handmade");

    public static string Profile(string name) => Path.Combine(Folder, "Profiles", name);

    public static string Expected(string name) => Path.Combine(Folder, "Expected", name);

    public static string Mlps(string file) => RepositoryPaths.Data("mlps2-gbt22239-2019", file);

    public static string Moderate => RepositoryPaths.Data(
        "nist-800-53-rev5-oscal",
        "baselines",
        "NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json");

    public static string ModerateProfile => RepositoryPaths.Data(
        "nist-800-53-rev5-oscal",
        "baselines",
        "NIST_SP-800-53_rev5_MODERATE-baseline_profile.json");

    public static string OpenShift => RepositoryPaths.Data(
        "nist-800-53-rev5-oscal",
        "real-component-definition-openshift",
        "ocp4-nist_ocp4-moderate.component-definition.json");
}
