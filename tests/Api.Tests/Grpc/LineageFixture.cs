// Copyright (c) SalesCognition. All rights reserved.

using System.Text.Json;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SalesCognition.Api.Tests.Hosting;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Grpc;

/// <summary>
/// The server on an in-memory test host with the sample corpus and the handmade MLPS tables and NIST baseline excerpt
/// ingested (all in the repository), with ways to read back what the store holds about the entries a reply names.
/// </summary>
public sealed class LineageFixture : IAsyncLifetime
{
    private InMemoryServer _server = null!;

    public WebApplication App => _server.App;

    public GrpcChannel Channel => _server.Channel;

    public IGraphStore Store => App.Services.GetRequiredService<IGraphStore>();

    public async Task InitializeAsync()
    {
        _server = await InMemoryServer.StartAsync();
        var handmade = Path.Combine(RepositoryPaths.Root, "tests", "EndToEnd.Tests", "GapAnalysis", "Handmade");
        var report = await _server.IngestAsync(RepositoryPaths.Samples, handmade);
        Assert.Empty(report.Failed);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public HttpClient CreateHttpClient() => _server.CreateHttpClient();

    /// <summary>The live (not archived) entries among <paramref name="ids"/>, by id, read through the store.</summary>
    public async Task<Dictionary<string, KnowledgeEntry>> EntriesAsync(IEnumerable<string> ids)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var entries = await Store.GetEntriesAsync(TenantIds.Default, wanted);
        return entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>Every live entry naming <paramref name="nodeId"/>, worked out source by source.</summary>
    public async Task<List<string>> EntriesMentioningAsync(string nodeId)
    {
        var ids = new List<string>();
        foreach (var source in await Store.ListSourcesAsync(TenantIds.Default))
        {
            ids.AddRange((await Store.GetSourceEntriesAsync(TenantIds.Default, source.SourceId))
                .Where(e => !e.Archived && e.Mentions.Any(m => m.NodeId == nodeId))
                .Select(e => e.Id));
        }

        return ids;
    }

    /// <summary>Where the store says a source was read from.</summary>
    public async Task<string?> SourceUriAsync(string sourceId) =>
        (await Store.GetSourceAsync(TenantIds.Default, sourceId))?.Uri;

    /// <summary>A string array property of a JSON object; transcoding leaves empty lists out.</summary>
    public static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array)
            ? [.. array.EnumerateArray().Select(v => v.GetString() ?? "")]
            : [];

    /// <summary>A string property of a JSON object; transcoding leaves empty strings out.</summary>
    public static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";

    /// <summary>An object array property of a JSON object; transcoding leaves empty lists out.</summary>
    public static List<JsonElement> Objects(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) ? [.. array.EnumerateArray()] : [];
}
