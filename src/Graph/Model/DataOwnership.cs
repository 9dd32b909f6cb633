// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Model;

/// <summary>Who owns a piece of stored knowledge; decides how it may be shared.</summary>
public enum DataOwnership
{
    /// <summary>Owned by the company (product docs, standards).</summary>
    CompanyOwned,

    /// <summary>Shared by a customer with permission (case studies, CRM records).</summary>
    CustomerAuthorised,

    /// <summary>Personal notes of one user.</summary>
    Personal,
}
