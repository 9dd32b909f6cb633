// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Options;

namespace SalesCognition.Graph.Storage;

/// <summary>Validates <see cref="GraphStoreOptions"/> at start-up.</summary>
[OptionsValidator]
public sealed partial class GraphStoreOptionsValidator : IValidateOptions<GraphStoreOptions>
{
}
