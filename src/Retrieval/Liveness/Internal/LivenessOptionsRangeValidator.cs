// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Options;

namespace SalesCognition.Retrieval.Liveness;

/// <summary>The generated range checks of <see cref="LivenessOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class LivenessOptionsRangeValidator : IValidateOptions<LivenessOptions>
{
}
