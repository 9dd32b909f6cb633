// Copyright (c) SalesCognition. All rights reserved.

using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SalesCognition.Graph.Internal;

namespace SalesCognition.Graph.Storage.Neo4j.Internal;

/// <summary>
/// Sends Cypher statements to one database through the Neo4j Query API (<c>/db/{database}/query/v2</c>) and reads
/// their answers. An answer with errors, an error status, a timeout or an unreachable server becomes
/// <see cref="Neo4jRequestException"/>. Credentials go in the <c>Authorization</c> header only.
/// </summary>
internal sealed class Neo4jHttp
{
    /// <summary>The header that pins an explicit transaction to the cluster member that opened it.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private const int MaxErrorText = 500;

    private readonly HttpClient _client;
    private readonly Uri _queryUri;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;

    public Neo4jHttp(
        HttpClient client,
        Uri baseUri,
        string database,
        AuthenticationHeaderValue? authorization,
        TimeSpan timeout,
        ILogger logger)
    {
        var root = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        _client = client;
        _queryUri = new Uri(root, $"db/{Uri.EscapeDataString(database)}/query/v2");
        _authorization = authorization;
        _timeout = timeout;
        _logger = logger;
        Host = $"{root.Scheme}://{root.Authority}";
    }

    /// <summary>Where the server is, for messages: scheme, host and port only.</summary>
    public string Host { get; }

    /// <summary>Runs one statement in a transaction of its own (the server commits it or rolls it back).</summary>
    public async Task<CypherResult> RunAsync(
        string operation,
        CypherStatement statement,
        CancellationToken cancellationToken)
    {
        var (root, _) = await SendAsync(operation, HttpMethod.Post, _queryUri, statement, null, cancellationToken)
            .ConfigureAwait(false);
        return CypherResult.Read(root);
    }

    /// <summary>Opens an explicit transaction (<c>POST .../query/v2/tx</c>).</summary>
    public async Task<Neo4jTransaction> BeginAsync(string operation, CancellationToken cancellationToken)
    {
        var (root, affinity) = await SendAsync(
            operation,
            HttpMethod.Post,
            TransactionUri(null, null),
            null,
            null,
            cancellationToken).ConfigureAwait(false);
        if (!root.TryGetProperty("transaction", out var transaction) ||
            !transaction.TryGetProperty("id", out var id) ||
            id.GetString() is not { Length: > 0 } transactionId)
        {
            throw new Neo4jRequestException(
                $"Neo4j {operation} failed: {Host} opened no transaction (the answer has no transaction.id)");
        }

        return new Neo4jTransaction(this, operation, transactionId, affinity, _logger);
    }

    /// <summary>The address of an open transaction, or of its commit (<paramref name="action"/> <c>commit</c>).</summary>
    public Uri TransactionUri(string? transactionId, string? action) =>
        new(_queryUri.AbsoluteUri + "/tx" +
            (transactionId is null ? "" : "/" + Uri.EscapeDataString(transactionId)) +
            (action is null ? "" : "/" + action));

    /// <summary>
    /// Sends one request and returns the parsed answer with the cluster affinity the server sent, if any.
    /// </summary>
    public async Task<(JsonElement Root, string? Affinity)> SendAsync(
        string operation,
        HttpMethod method,
        Uri uri,
        CypherStatement? statement,
        string? affinity,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (statement is not null)
        {
            request.Content = JsonBody(statement);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            using var response = await _client
                .SendAsync(request, HttpCompletionOption.ResponseContentRead, deadline.Token)
                .ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false);
            var returnedAffinity = response.Headers.TryGetValues(AffinityHeader, out var values)
                ? values.FirstOrDefault()
                : affinity;
            var root = Parse(body);
            if (FirstError(root) is { } error)
            {
                _logger.Neo4jRequestFailed(operation, (int)response.StatusCode, error.Code ?? "no code");
                throw new Neo4jRequestException(operation, response.StatusCode, error.Code, Scrub(error.Message));
            }

            if (!response.IsSuccessStatusCode || root is null)
            {
                _logger.Neo4jRequestFailed(operation, (int)response.StatusCode, "no code");
                throw new Neo4jRequestException(operation, response.StatusCode, null, Scrub(Excerpt(body)));
            }

            return (root.Value, returnedAffinity);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jRequestException(operation, $"no answer from {Host} within {_timeout}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new Neo4jRequestException(operation, $"{Host} could not be reached ({ex.HttpRequestError})", ex);
        }
    }

    /// <summary>The first entry of the answer's <c>errors</c> array, if it has one.</summary>
    internal static (string? Code, string Message)? FirstError(JsonElement? root)
    {
        if (root is not { ValueKind: JsonValueKind.Object } answer ||
            !answer.TryGetProperty("errors", out var errors) ||
            errors.ValueKind != JsonValueKind.Array ||
            errors.GetArrayLength() == 0)
        {
            return null;
        }

        var first = errors[0];
        var code = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("code", out var c) ? c.GetString() : null;
        var message = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("message", out var m)
            ? m.GetString() ?? ""
            : first.ToString();
        return (code, Excerpt(message));
    }

    private static JsonElement? Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            // A commit or rollback may answer with no body at all.
            return JsonDocument.Parse("{}").RootElement.Clone();
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, for example): the caller reports the start of the body.
            return null;
        }
    }

    /// <summary>
    /// The server's text with our own credentials masked: a proxy or a misconfigured server may echo the
    /// <c>Authorization</c> header, and messages end up on screens and in logs.
    /// </summary>
    private string Scrub(string text)
    {
        if (_authorization?.Parameter is not { Length: > 0 } credentials)
        {
            return text;
        }

        var masked = text.Replace(credentials, "***", StringComparison.Ordinal);
        var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(credentials));
        var password = decoded[(decoded.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return password.Length == 0 ? masked : masked.Replace(password, "***", StringComparison.Ordinal);
    }

    private static string Excerpt(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? "(empty answer)" :
            trimmed.Length <= MaxErrorText ? trimmed : trimmed[..MaxErrorText] + "...";
    }

    private static ByteArrayContent JsonBody(CypherStatement statement)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            statement.Write(writer);
        }

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
