// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Mlps.Internal;

/// <summary>What the MLPS readers accept: <c>.csv</c> files, when the kind is auto or standard.</summary>
internal static class MlpsCsv
{
    public static bool IsCsv(SourceInput input)
    {
        var hint = string.IsNullOrWhiteSpace(input.KindHint) ? SourceKinds.Auto : input.KindHint.Trim();
        return (hint.Equals(SourceKinds.Auto, StringComparison.OrdinalIgnoreCase)
                || hint.Equals(SourceKinds.Standard, StringComparison.OrdinalIgnoreCase))
            && input.Path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
    }
}
