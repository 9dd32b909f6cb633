// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SalesCognition.Api.Hosting;
using SalesCognition.Graph.Schema;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Hosting;

public sealed class StartupValidationTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Retrieval:RrfK", "0", "RrfK")]
    [InlineData("Ingestion:ChunkMaxChars", "10", "ChunkMaxChars")]
    public async Task Start_InvalidSetting_FailsNamingIt(string key, string value, string expected)
    {
        await using var app = ServerHost.Build([], _folder.Combine("data"), verbose: false, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection([new(key, value)]);
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(expected, string.Join(" ", error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BadOntologyFile_FailsNamingFileAndLine()
    {
        var ontology = _folder.Write(
            "ontology/schema.yaml",
            "nodeTypes:\n  - { name: product, key: name, labels: { en: P, zh: 产品 } }\n");
        await using var app = ServerHost.Build([], _folder.Combine("data"), verbose: false, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection([new("Graph:OntologyPath", Path.GetDirectoryName(ontology))]);
        });

        var error = await Assert.ThrowsAsync<OntologyException>(() => app.StartAsync());

        Assert.Equal(ontology, error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("PascalCase", error.Message, StringComparison.Ordinal);
    }
}
