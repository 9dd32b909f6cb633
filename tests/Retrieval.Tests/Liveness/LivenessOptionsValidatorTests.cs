// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Retrieval.Liveness;

namespace SalesCognition.Retrieval.Tests.Liveness;

public sealed class LivenessOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        var result = new LivenessOptionsValidator().Validate(null, new LivenessOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_WeightsNotAddingUpToOne_FailsNamingTheWeights()
    {
        var result = new LivenessOptionsValidator().Validate(null, new LivenessOptions { UsageWeight = 0.9 });

        Assert.True(result.Failed);
        Assert.Contains("add up to 1", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HalfLifeOutOfRange_FailsNamingIt()
    {
        var result = new LivenessOptionsValidator().Validate(null, new LivenessOptions { UsageHalfLifeDays = 0 });

        Assert.True(result.Failed);
        Assert.Contains(nameof(LivenessOptions.UsageHalfLifeDays), result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("180d", 180)]
    [InlineData("2w", 14)]
    [InlineData("6m", 180)]
    [InlineData("1y", 365)]
    [InlineData(" 30D ", 30)]
    public void AgeFilterParse_KnownUnits_GivesDays(string text, double days)
    {
        Assert.Equal(days, AgeFilter.Parse(text).TotalDays);
    }

    [Theory]
    [InlineData("")]
    [InlineData("d")]
    [InlineData("180")]
    [InlineData("-5d")]
    [InlineData("3x")]
    public void AgeFilterParse_Malformed_ThrowsNamingTheField(string text)
    {
        var error = Assert.Throws<LivenessRequestException>(() => AgeFilter.Parse(text, "--older-than"));

        Assert.Equal("--older-than", error.Field);
    }
}
