// Copyright (c) SalesCognition. All rights reserved.

using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SalesCognition.Retrieval.Internal;

namespace SalesCognition.Retrieval.Vectors.Qdrant.Internal;

/// <summary>
/// Sends one JSON request to the Qdrant REST API and returns its <c>result</c>; error answers, timeouts and
/// unreachable servers become <see cref="QdrantRequestException"/>. The API key goes in a header only.
/// </summary>
internal sealed class QdrantHttp(HttpClient client, Uri baseUrl, string? apiKey, TimeSpan timeout, ILogger logger)
{
    private const int MaxErrorText = 500;

    private readonly Uri _baseUrl = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    /// <summary>Where the server is, for messages: scheme, host and port, never the address's user name or password.</summary>
    public string Host => $"{_baseUrl.Scheme}://{_baseUrl.Authority}";

    /// <summary>
    /// Sends the request and returns the answer's <c>result</c>, or null when <paramref name="allowNotFound"/> is
    /// set and the server answered 404.
    /// </summary>
    public async Task<JsonElement?> SendAsync(
        string operation,
        HttpMethod method,
        string path,
        Action<Utf8JsonWriter>? body,
        CancellationToken cancellationToken,
        bool allowNotFound = false)
    {
        using var request = new HttpRequestMessage(method, new Uri(_baseUrl, path));
        if (!string.IsNullOrEmpty(apiKey))
        {
            request.Headers.TryAddWithoutValidation("api-key", apiKey);
        }

        if (body is not null)
        {
            request.Content = JsonBody(body);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await client
                .SendAsync(request, HttpCompletionOption.ResponseContentRead, deadline.Token)
                .ConfigureAwait(false);
            if (allowNotFound && response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                var text = await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false);
                logger.QdrantRequestFailed(operation, (int)response.StatusCode);
                throw new QdrantRequestException(operation, response.StatusCode, ErrorText(text));
            }

            var stream = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var document = await JsonDocument
                    .ParseAsync(stream, default, deadline.Token)
                    .ConfigureAwait(false);
                return document.RootElement.TryGetProperty("result", out var result) ? result.Clone() : default;
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new QdrantRequestException(operation, $"no answer from {Host} within {timeout}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new QdrantRequestException(operation, $"{Host} could not be reached ({ex.Message})", ex);
        }
        catch (JsonException ex)
        {
            throw new QdrantRequestException(operation, $"{Host} answered with something that is not JSON", ex);
        }
    }

    /// <summary>Qdrant's error text: <c>status.error</c> of a JSON answer, else the start of the body.</summary>
    internal static string ErrorText(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object &&
                document.RootElement.TryGetProperty("status", out var status) &&
                status.ValueKind == JsonValueKind.Object &&
                status.TryGetProperty("error", out var error) &&
                error.ValueKind == JsonValueKind.String)
            {
                return error.GetString() ?? string.Empty;
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, for example): the raw text below says more than nothing.
        }

        var trimmed = body.Trim();
        return trimmed.Length == 0 ? "(empty answer)" :
            trimmed.Length <= MaxErrorText ? trimmed : trimmed[..MaxErrorText] + "...";
    }

    private static ByteArrayContent JsonBody(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            body(writer);
        }

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
