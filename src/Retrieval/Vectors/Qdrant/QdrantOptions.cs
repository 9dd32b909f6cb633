// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Vectors.Qdrant;

/// <summary>Where the Qdrant vector index lives (configuration section <c>Vectors:Qdrant</c>).</summary>
public sealed class QdrantOptions
{
    /// <summary>The collection used when none is configured.</summary>
    public const string DefaultCollection = "salescognition";

    /// <summary>The environment variable read for the API key when none is configured.</summary>
    public const string DefaultApiKeyVariable = "SALESCOG_QDRANT_API_KEY";

    /// <summary>The REST address of the server, for example <c>http://localhost:6333</c>.</summary>
    public Uri? Url { get; set; }

    /// <summary>The collection holding every tenant's points (tenants are told apart by payload).</summary>
    public string Collection { get; set; } = DefaultCollection;

    /// <summary>
    /// The environment variable that holds the API key, sent as the <c>api-key</c> header when the variable is set;
    /// the key itself never sits in configuration and is never logged.
    /// </summary>
    public string ApiKeyVariable { get; set; } = DefaultApiKeyVariable;

    /// <summary>How long one request to the server may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
