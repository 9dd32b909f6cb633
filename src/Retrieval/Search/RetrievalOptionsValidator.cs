// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Options;

namespace SalesCognition.Retrieval.Search;

/// <summary>Validates <see cref="RetrievalOptions"/> at start-up.</summary>
[OptionsValidator]
public sealed partial class RetrievalOptionsValidator : IValidateOptions<RetrievalOptions>
{
}
