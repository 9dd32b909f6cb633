// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Retrieval.Embeddings;

/// <summary>Which embedding model the vector leg uses (configuration section <c>Embeddings</c>).</summary>
public sealed class EmbeddingOptions
{
    /// <summary>The local ONNX model (the default).</summary>
    public const string LocalProvider = "local";

    /// <summary>Any OpenAI-compatible <c>/embeddings</c> endpoint, through Semantic Kernel.</summary>
    public const string OpenAiProvider = "openai";

    /// <summary><c>local</c> or <c>openai</c>.</summary>
    public string Provider { get; set; } = LocalProvider;

    /// <summary>The endpoint's base address, for example <c>https://host/v1</c> (openai only).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The model name the endpoint knows (openai only).</summary>
    public string? Model { get; set; }

    /// <summary>The vector length to ask for and to record in the index (openai only).</summary>
    public int? Dimensions { get; set; }

    /// <summary>The environment variable that holds the API key; the key itself never sits in configuration.</summary>
    public string ApiKeyVariable { get; set; } = "SALESCOG_EMBEDDINGS_API_KEY";
}
