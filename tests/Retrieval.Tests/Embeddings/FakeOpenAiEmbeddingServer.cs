// Copyright (c) SalesCognition. All rights reserved.

using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;

namespace SalesCognition.Retrieval.Tests.Embeddings;

/// <summary>
/// An OpenAI-shaped <c>/v1/embeddings</c> endpoint on 127.0.0.1: each input gets a vector whose first component is
/// the input's length, the rest 0.5; it records the requests and the Authorization header.
/// </summary>
internal sealed class FakeOpenAiEmbeddingServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public FakeOpenAiEmbeddingServer()
    {
        int port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/v1/");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public List<JsonObject> Requests { get; } = [];

    public List<string?> Authorizations { get; } = [];

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending GetContextAsync.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            lock (Requests)
            {
                Requests.Add(request);
                Authorizations.Add(context.Request.Headers["Authorization"]);
            }

            byte[] body = Encoding.UTF8.GetBytes(Respond(request).ToJsonString());
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    private static JsonObject Respond(JsonObject request)
    {
        int dimensions = request["dimensions"]?.GetValue<int>() ?? 8;
        bool base64 = request["encoding_format"]?.GetValue<string>() == "base64";
        JsonNode input = request["input"]!;
        List<string> inputs = input is JsonArray array ? [.. array.Select(i => i!.GetValue<string>())] : [input.GetValue<string>()];
        var data = new JsonArray();
        for (int i = 0; i < inputs.Count; i++)
        {
            float[] vector = [.. Enumerable.Repeat(0.5f, dimensions)];
            vector[0] = inputs[i].Length;
            JsonNode embedding = base64
                ? JsonValue.Create(Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan())))
                : new JsonArray([.. vector.Select(v => (JsonNode)JsonValue.Create(v))]);
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
        }

        return new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = request["model"]?.GetValue<string>(),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 3, ["total_tokens"] = 3 },
        };
    }
}
