// Copyright (c) SalesCognition. All rights reserved.

using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SalesCognition.Graph.Tests.Storage.Neo4j;

/// <summary>
/// An in-memory stand-in for the Neo4j Query API endpoints the store uses. It records every request, opens
/// transactions with the id <see cref="TransactionId"/> and an affinity header, answers statements with no rows
/// unless a rule says otherwise, and can be told to fail the first statement containing a given text.
/// No socket is opened.
/// </summary>
internal sealed class FakeNeo4jHandler : HttpMessageHandler
{
    public const string TransactionId = "tx7";
    public const string Affinity = "member-2";

    private readonly List<(string StatementPart, JsonObject Data)> _replies = [];

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>When set, the first statement containing the text is answered with this status and Neo4j error.</summary>
    public (string StatementPart, HttpStatusCode Status, string Code, string Message)? Failure { get; set; }

    /// <summary>When set, called before each statement is answered (a test cancels its token here, for example).</summary>
    public Action<RecordedRequest>? OnStatement { get; set; }

    /// <summary>Answers statements containing <paramref name="statementPart"/> with these fields and rows.</summary>
    public void Reply(string statementPart, string[] fields, params JsonArray[] rows) =>
        _replies.Add((statementPart, new JsonObject
        {
            ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode?)f)]),
            ["values"] = new JsonArray([.. rows]),
        }));

    public IEnumerable<RecordedRequest> Statements => Requests.Where(r => r.Statement is not null);

    public RecordedRequest Statement(string part) =>
        Assert.Single(Requests, r => r.Statement?.Contains(part, StringComparison.Ordinal) == true);

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.MediaType,
            body is null ? null : JsonNode.Parse(body)!.AsObject());
        Requests.Add(recorded);
        if (recorded.Statement is { } statement)
        {
            OnStatement?.Invoke(recorded);
            cancellationToken.ThrowIfCancellationRequested();
            if (Failure is { } failure && statement.Contains(failure.StatementPart, StringComparison.Ordinal))
            {
                Failure = null;
                return Answer(failure.Status, new JsonObject
                {
                    ["errors"] = new JsonArray(new JsonObject { ["code"] = failure.Code, ["message"] = failure.Message }),
                });
            }
        }

        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Post && path.EndsWith("/query/v2/tx", StringComparison.Ordinal))
        {
            var opened = Answer(HttpStatusCode.Accepted, new JsonObject
            {
                ["transaction"] = new JsonObject { ["id"] = TransactionId, ["expires"] = "2030-01-01T00:00:00Z" },
            });
            opened.Headers.Add("neo4j-cluster-affinity", Affinity);
            return opened;
        }

        var data = _replies.FirstOrDefault(r => recorded.Statement?.Contains(r.StatementPart, StringComparison.Ordinal) == true)
            .Data;
        return Answer(HttpStatusCode.Accepted, new JsonObject
        {
            ["data"] = data?.DeepClone() ?? new JsonObject { ["fields"] = new JsonArray(), ["values"] = new JsonArray() },
        });
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, JsonObject body) => new(status)
    {
        Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
    };

    internal sealed record RecordedRequest(
        HttpMethod Method,
        Uri Uri,
        IReadOnlyDictionary<string, string> Headers,
        string? ContentType,
        JsonObject? Json)
    {
        public string? Statement => (string?)Json?["statement"];

        public JsonObject Parameters => Json?["parameters"]?.AsObject() ?? [];
    }
}
