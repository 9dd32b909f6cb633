// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Mlps.Internal;

/// <summary>
/// The requirement item a remediation row was attached to, and how alike their texts are (1 = equal after normalising).
/// </summary>
internal sealed record RemediationMatch(RemediationRow Row, MlpsItem Item, double Similarity);
