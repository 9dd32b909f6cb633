// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Options;

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>Validates <see cref="IngestionOptions"/> at start-up.</summary>
[OptionsValidator]
public sealed partial class IngestionOptionsValidator : IValidateOptions<IngestionOptions>
{
}
