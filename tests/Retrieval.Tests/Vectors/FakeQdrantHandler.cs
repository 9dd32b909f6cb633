// Copyright (c) SalesCognition. All rights reserved.

using System.Net;
using System.Numerics.Tensors;
using System.Text;
using System.Text.Json.Nodes;

namespace SalesCognition.Retrieval.Tests.Vectors;

/// <summary>
/// An in-memory stand-in for the part of Qdrant's REST API the adapter uses (collections, payload indexes, upsert,
/// retrieve, count, scroll, search, delete by filter; filters with <c>must</c> match value/any and <c>must_not</c>
/// has_id). It records every request and can be told to fail one operation. No socket is opened.
/// </summary>
internal sealed class FakeQdrantHandler : HttpMessageHandler
{
    private readonly Dictionary<string, Collection> _collections = new(StringComparer.Ordinal);

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>When set, a request whose path contains the key is answered with this status and error text.</summary>
    public (string PathPart, HttpStatusCode Status, string Error)? Failure { get; set; }

    public IEnumerable<RecordedRequest> To(string pathPart) =>
        Requests.Where(r => r.Path.Contains(pathPart, StringComparison.Ordinal));

    /// <summary>Creates a collection directly, as another tool would have.</summary>
    public void AddCollection(string name, int size, string distance = "Cosine") =>
        _collections[name] = new Collection(size, distance);

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var path = request.RequestUri!.AbsolutePath.TrimStart('/');
        var headers = request.Headers.ToDictionary(
            h => h.Key,
            h => string.Join(",", h.Value),
            StringComparer.OrdinalIgnoreCase);
        Requests.Add(new RecordedRequest(request.Method, path, request.RequestUri.Query, body, headers));
        if (Failure is { } failure && path.Contains(failure.PathPart, StringComparison.Ordinal))
        {
            return Answer(failure.Status, new JsonObject { ["status"] = new JsonObject { ["error"] = failure.Error } });
        }

        var parts = path.Split('/');
        if (parts.Length < 2 || parts[0] != "collections")
        {
            return Error(HttpStatusCode.NotFound, "unknown path");
        }

        var name = parts[1];
        var json = body is null ? new JsonObject() : JsonNode.Parse(body)!.AsObject();
        if (parts.Length == 2)
        {
            return CollectionRequest(request.Method, name, json);
        }

        if (!_collections.TryGetValue(name, out var collection))
        {
            return Error(HttpStatusCode.NotFound, $"Not found: Collection `{name}` doesn't exist!");
        }

        var action = string.Join('/', parts.Skip(2));
        return action switch
        {
            "index" => Ok(new JsonObject { ["status"] = "acknowledged" }),
            "points" when request.Method == HttpMethod.Put => Upsert(collection, json),
            "points" => Ok(new JsonArray([.. Ids(json["ids"]).Where(collection.Points.ContainsKey)
                .Select(id => Record(id, collection.Points[id], json))])),
            "points/count" => Ok(new JsonObject { ["count"] = collection.Points.Count(p => Matches(p, json["filter"])) }),
            "points/scroll" => Scroll(collection, json),
            "points/search" => Search(collection, json),
            "points/delete" => Delete(collection, json),
            _ => Error(HttpStatusCode.NotFound, $"unknown action {action}"),
        };
    }

    private HttpResponseMessage CollectionRequest(HttpMethod method, string name, JsonObject json)
    {
        if (method == HttpMethod.Put)
        {
            if (_collections.ContainsKey(name))
            {
                return Error(HttpStatusCode.Conflict, $"Wrong input: Collection `{name}` already exists!");
            }

            AddCollection(name, (int)json["vectors"]!["size"]!, (string)json["vectors"]!["distance"]!);
            return Ok(true);
        }

        if (method == HttpMethod.Delete)
        {
            return Ok(_collections.Remove(name));
        }

        return _collections.TryGetValue(name, out var collection)
            ? Ok(new JsonObject
            {
                ["status"] = "green",
                ["points_count"] = collection.Points.Count,
                ["config"] = new JsonObject
                {
                    ["params"] = new JsonObject
                    {
                        ["vectors"] = new JsonObject { ["size"] = collection.Size, ["distance"] = collection.Distance },
                    },
                },
            })
            : Error(HttpStatusCode.NotFound, $"Not found: Collection `{name}` doesn't exist!");
    }

    private static HttpResponseMessage Upsert(Collection collection, JsonObject json)
    {
        foreach (var point in json["points"]!.AsArray())
        {
            var vector = point!["vector"]!.AsArray().Select(v => (float)v!).ToArray();
            if (vector.Length != collection.Size)
            {
                return Error(
                    HttpStatusCode.BadRequest,
                    $"Wrong input: Vector dimension error: expected dim: {collection.Size}, got {vector.Length}");
            }

            // Qdrant stores cosine vectors normalised.
            var norm = TensorPrimitives.Norm(vector);
            TensorPrimitives.Divide(vector, norm, vector);
            collection.Points[(string)point["id"]!] = new Stored(vector, point["payload"]!.AsObject());
        }

        return Ok(new JsonObject { ["operation_id"] = 1, ["status"] = "completed" });
    }

    private static HttpResponseMessage Scroll(Collection collection, JsonObject json)
    {
        var limit = (int?)json["limit"] ?? 10;
        var offset = (string?)json["offset"];
        var matching = collection.Points
            .Where(p => Matches(p, json["filter"]))
            .Where(p => offset is null || string.CompareOrdinal(p.Key, offset) >= 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Take(limit + 1)
            .ToList();
        return Ok(new JsonObject
        {
            ["points"] = new JsonArray([.. matching.Take(limit).Select(p => Record(p.Key, p.Value, json))]),
            ["next_page_offset"] = matching.Count > limit ? matching[limit].Key : null,
        });
    }

    private static HttpResponseMessage Search(Collection collection, JsonObject json)
    {
        var query = json["vector"]!.AsArray().Select(v => (float)v!).ToArray();
        TensorPrimitives.Divide(query, TensorPrimitives.Norm(query), query);
        var hits = collection.Points
            .Where(p => Matches(p, json["filter"]))
            .Select(p => (Point: p, Score: TensorPrimitives.Dot(query, p.Value.Vector)))
            .OrderByDescending(h => h.Score)
            .Take((int)json["limit"]!)
            .Select(h =>
            {
                var record = Record(h.Point.Key, h.Point.Value, json);
                record["score"] = h.Score;
                return (JsonNode)record;
            });
        return Ok(new JsonArray([.. hits]));
    }

    private static HttpResponseMessage Delete(Collection collection, JsonObject json)
    {
        foreach (var id in collection.Points.Where(p => Matches(p, json["filter"])).Select(p => p.Key).ToList())
        {
            collection.Points.Remove(id);
        }

        return Ok(new JsonObject { ["operation_id"] = 2, ["status"] = "completed" });
    }

    private static bool Matches(KeyValuePair<string, Stored> point, JsonNode? filter)
    {
        if (filter is null)
        {
            return true;
        }

        foreach (var condition in filter["must"]?.AsArray() ?? [])
        {
            var stored = point.Value.Payload[(string)condition!["key"]!];
            var value = stored is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            var match = condition["match"]!;
            var ok = match["any"] is JsonArray any
                ? any.Any(a => (string)a! == value)
                : (string)match["value"]! == value;
            if (!ok)
            {
                return false;
            }
        }

        return !(filter["must_not"]?.AsArray() ?? []).Any(c => Ids(c!["has_id"]).Contains(point.Key));
    }

    private static JsonObject Record(string id, Stored stored, JsonObject request)
    {
        var record = new JsonObject { ["id"] = id };
        var withPayload = request["with_payload"];
        if (withPayload is JsonArray keys)
        {
            record["payload"] = new JsonObject(keys.Select(k => (string)k!)
                .Where(stored.Payload.ContainsKey)
                .Select(k => KeyValuePair.Create(k, stored.Payload[k]?.DeepClone())));
        }
        else if (withPayload is null || (bool)withPayload)
        {
            record["payload"] = stored.Payload.DeepClone();
        }

        if (request["with_vector"] is { } withVector && (bool)withVector)
        {
            record["vector"] = new JsonArray([.. stored.Vector.Select(v => (JsonNode)v)]);
        }

        return record;
    }

    private static IEnumerable<string> Ids(JsonNode? ids) => ids?.AsArray().Select(i => (string)i!) ?? [];

    private static HttpResponseMessage Ok(JsonNode? result) =>
        Answer(HttpStatusCode.OK, new JsonObject { ["result"] = result, ["status"] = "ok", ["time"] = 0.001 });

    private static HttpResponseMessage Error(HttpStatusCode status, string error) =>
        Answer(status, new JsonObject { ["status"] = new JsonObject { ["error"] = error }, ["time"] = 0.001 });

    private static HttpResponseMessage Answer(HttpStatusCode status, JsonObject body) => new(status)
    {
        Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
    };

    internal sealed record RecordedRequest(
        HttpMethod Method,
        string Path,
        string Query,
        string? Body,
        IReadOnlyDictionary<string, string> Headers)
    {
        public JsonNode Json => JsonNode.Parse(Body!)!;
    }

    private sealed record Stored(float[] Vector, JsonObject Payload);

    private sealed class Collection(int size, string distance)
    {
        public int Size => size;

        public string Distance => distance;

        public Dictionary<string, Stored> Points { get; } = new(StringComparer.Ordinal);
    }
}
