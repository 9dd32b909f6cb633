// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Mlps.Internal;

/// <summary>One row of a remediation table: a requirement item, by its text, and advice that closes it.</summary>
internal sealed record RemediationRow(
    int Row,
    int Line,
    string Id,
    string Requirement,
    string Layer,
    string ControlPoint,
    string Advice);
