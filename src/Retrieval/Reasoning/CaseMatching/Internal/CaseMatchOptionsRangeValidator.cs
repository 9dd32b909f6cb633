// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Options;

namespace SalesCognition.Retrieval.Reasoning.CaseMatching;

/// <summary>The generated validator of the <c>[Range]</c> attributes of <see cref="CaseMatchOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class CaseMatchOptionsRangeValidator : IValidateOptions<CaseMatchOptions>
{
}
