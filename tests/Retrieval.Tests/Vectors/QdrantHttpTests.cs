// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging.Abstractions;
using SalesCognition.Retrieval.Vectors.Qdrant.Internal;

namespace SalesCognition.Retrieval.Tests.Vectors;

public sealed class QdrantHttpTests
{
    [Theory]
    [InlineData("http://user:pw-secret-123@qdrant.invalid:6333/", "http://qdrant.invalid:6333")]
    [InlineData("https://qdrant.invalid/base/path", "https://qdrant.invalid")]
    public void Host_UrlWithCredentialsOrPath_NamesOnlySchemeHostAndPort(string url, string expected)
    {
        using var client = new HttpClient();

        var http = new QdrantHttp(client, new Uri(url), apiKey: null, TimeSpan.FromSeconds(1), NullLogger.Instance);

        Assert.Equal(expected, http.Host);
        Assert.DoesNotContain("secret", http.Host, StringComparison.Ordinal);
    }
}
