// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Options;

namespace SalesCognition.Retrieval.Embeddings;

/// <summary>Checks <see cref="MiniLmOptions"/> ranges; used by the generator and at host start-up.</summary>
internal sealed class MiniLmOptionsValidator : IValidateOptions<MiniLmOptions>
{
    public ValidateOptionsResult Validate(string? name, MiniLmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var builder = new ValidateOptionsResultBuilder();
        if (options.MaxTokens is < 2 or > MiniLmOptions.ModelMaxTokens)
        {
            builder.AddError(
                $"must be between 2 and {MiniLmOptions.ModelMaxTokens}, was {options.MaxTokens}",
                nameof(MiniLmOptions.MaxTokens));
        }

        if (options.BatchSize is < 1 or > 1024)
        {
            builder.AddError($"must be between 1 and 1024, was {options.BatchSize}", nameof(MiniLmOptions.BatchSize));
        }

        if (options.IntraOpThreads is < 1)
        {
            builder.AddError(
                $"must be at least 1 when set, was {options.IntraOpThreads}",
                nameof(MiniLmOptions.IntraOpThreads));
        }

        return builder.Build();
    }
}
