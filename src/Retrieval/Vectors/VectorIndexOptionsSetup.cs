// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace SalesCognition.Retrieval.Vectors;

/// <summary>
/// Reads <see cref="VectorIndexOptions"/> from the <c>Vectors</c> configuration section when the host has a
/// configuration; without one the defaults (the embedded index) stay.
/// </summary>
internal sealed class VectorIndexOptionsSetup(IConfiguration? configuration = null)
    : IConfigureOptions<VectorIndexOptions>
{
    public void Configure(VectorIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        configuration?.GetSection(VectorIndexOptions.SectionName).Bind(options);
    }
}
