// Copyright (c) SalesCognition. All rights reserved.

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Storage;
using SalesCognition.Graph.Storage.Neo4j;
using static SalesCognition.Graph.Tests.Storage.GraphTestData;

namespace SalesCognition.Graph.Tests.Storage.Neo4j;

/// <summary>The requests <see cref="Neo4jGraphStore"/> sends and how it reads answers, over a stand-in server.</summary>
public sealed class Neo4jGraphStoreTests : IDisposable
{
    private const string PasswordVariable = "SALESCOG_TEST_NEO4J_PASSWORD";
    private const string Password = "pw-Zq8-unit-only";
    private const string User = "graph-writer";
    private const string QueryUri = "http://neo4j.test:7474/db/sales/query/v2";
    private const string TxUri = QueryUri + "/tx/" + FakeNeo4jHandler.TransactionId;

    private readonly FakeNeo4jHandler _server = new();
    private readonly HttpClient _client;
    private readonly FakeLogCollector _logs = new();

    public Neo4jGraphStoreTests()
    {
        Environment.SetEnvironmentVariable(PasswordVariable, Password);
        _client = new HttpClient(_server);
    }

    public void Dispose() => _client.Dispose();

    private static string BasicCredentials => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));

    [Fact]
    public async Task ListSourcesAsync_Always_PostsOneStatementToQueryEndpointWithBasicAuthAndJson()
    {
        using var store = Open();

        await store.ListSourcesAsync("tenant-a");

        var request = Assert.Single(_server.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(QueryUri, request.Uri.AbsoluteUri);
        Assert.Equal("Basic " + BasicCredentials, request.Headers["Authorization"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
        Assert.Equal("application/json", request.ContentType);
        Assert.StartsWith("MATCH (x:ScSource {tenant: $tenant})", request.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', request.Statement!);
        Assert.Equal("tenant-a", (string?)request.Parameters["tenant"]);
    }

    [Fact]
    public async Task ListSourcesAsync_Reply_ReadsRecords()
    {
        _server.Reply("ScSource", ["source"], new JsonArray(new JsonObject
        {
            ["tenant"] = "t",
            ["sourceId"] = "docs/a.md",
            ["uri"] = "file:///a",
            ["kind"] = "docs",
            ["contentHash"] = "h1",
            ["state"] = "Committed",
            ["ingestedAt"] = "2025-03-14T09:26:53.0000000+00:00",
            ["title"] = "A",
        }));
        using var store = Open();

        var source = Assert.Single(await store.ListSourcesAsync("t"));

        Assert.Equal(
            new SourceRecord("docs/a.md", "file:///a", "docs", "h1", SourceState.Committed,
                new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero))
            { Tenant = "t", Title = "A" },
            source);
    }

    [Fact]
    public async Task GetSourceEntriesAsync_Reply_ReadsEntriesWithLocatorsAndMentionsInOrder()
    {
        _server.Reply("ScEntry", ["entry", "mentions"], new JsonArray(
            new JsonObject
            {
                ["tenant"] = "t",
                ["id"] = "e1",
                ["sourceId"] = "docs/a.md",
                ["kind"] = "section",
                ["title"] = "Guide",
                ["headingPath"] = new JsonArray("Guide", "MFA"),
                ["text"] = "等保2.0三级 requires MFA",
                ["ordinal"] = 3,
                ["locStart"] = 10,
                ["locEnd"] = 40,
                ["locPath"] = "",
                ["contentHash"] = "c1",
                ["ownership"] = "CustomerAuthorised",
                ["archived"] = true,
            },
            new JsonArray(new JsonArray(1, Mfa, "MFA"), new JsonArray(0, Mlps, "等保2.0"))));
        using var store = Open();

        var entry = Assert.Single(await store.GetSourceEntriesAsync("t", "docs/a.md"));

        Assert.Equal("e1", entry.Id);
        Assert.Equal("t", entry.Tenant);
        Assert.Equal(["Guide", "MFA"], entry.HeadingPath);
        Assert.Equal("等保2.0三级 requires MFA", entry.Text);
        Assert.Equal(3, entry.Ordinal);
        Assert.Equal(SourceLocator.Range(10, 40), entry.Locator);
        Assert.Equal(DataOwnership.CustomerAuthorised, entry.Ownership);
        Assert.True(entry.Archived);
        Assert.Equal([new EntityMention(Mlps, "等保2.0"), new EntityMention(Mfa, "MFA")], entry.Mentions);
        Assert.Equal("docs/a.md", (string?)_server.Statement("ScEntry").Parameters["sourceId"]);
    }

    [Fact]
    public async Task ListNodesAsync_Reply_ReadsFreePropertiesAndDistinctAliases()
    {
        _server.Reply("ScNode", ["node", "aliases"], new JsonArray(
            new JsonObject
            {
                ["tenant"] = "t",
                ["id"] = Mfa,
                ["type"] = "Feature",
                ["key"] = "multi-factor-authentication",
                ["name"] = "Multi-factor authentication",
                ["archived"] = false,
                ["prop_vendor"] = "Lumina",
            },
            new JsonArray("MFA", "多因素认证", "MFA")));
        using var store = Open();

        var (node, aliases) = Assert.Single(await store.ListNodesAsync("t", "Feature"));

        Assert.Equal(Mfa, node.Id);
        Assert.Equal("Multi-factor authentication", node.Name);
        Assert.Equal(new Dictionary<string, string> { ["vendor"] = "Lumina" }, node.Properties);
        Assert.Equal(["MFA", "多因素认证"], aliases);
        Assert.Equal("Feature", (string?)_server.Statement("ScNode").Parameters["type"]);
    }

    [Fact]
    public async Task GetRelationsAsync_SeveralNodes_FilesEachRelationUnderBothWantedEnds()
    {
        _server.Reply("SC_RELATION", ["type", "fromId", "toId", "relation"], new JsonArray(
            "has_feature", LuminaSearch, Mfa,
            new JsonObject { ["tenant"] = "t", ["type"] = "has_feature", ["sourceId"] = "docs/a.md", ["prop_since"] = "v2" }));
        using var store = Open();

        var byNode = await store.GetRelationsAsync("t", [LuminaSearch, Mfa, Mlps]);

        var relation = Assert.Single(byNode[LuminaSearch]);
        Assert.Equal(relation, Assert.Single(byNode[Mfa]));
        Assert.Empty(byNode[Mlps]);
        Assert.Equal("docs/a.md", relation.SourceId);
        Assert.Equal(new Dictionary<string, string> { ["since"] = "v2" }, relation.Properties);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task CommitSourceAsync_ValidCommit_RunsEveryWriteInOneTransactionThenCommits()
    {
        using var store = Open();

        await store.CommitSourceAsync(GuideCommit());

        Assert.Equal(QueryUri + "/tx", _server.Requests[0].Uri.AbsoluteUri);
        Assert.Null(_server.Requests[0].Statement);
        var statements = _server.Requests.Skip(1).SkipLast(1).ToList();
        Assert.All(statements, r => Assert.Equal((HttpMethod.Post, TxUri), (r.Method, r.Uri.AbsoluteUri)));
        Assert.All(statements, r => Assert.NotNull(r.Statement));
        var commit = _server.Requests[^1];
        Assert.Equal((HttpMethod.Post, TxUri + "/commit"), (commit.Method, commit.Uri.AbsoluteUri));
        Assert.All(_server.Requests.Skip(1), r => Assert.Equal(FakeNeo4jHandler.Affinity, r.Headers["neo4j-cluster-affinity"]));
        Assert.DoesNotContain(_server.Requests, r => r.Method == HttpMethod.Delete);
    }

    [Fact]
    public async Task CommitSourceAsync_ValidCommit_SendsNodesRelationsEntriesAndSourceAsParameters()
    {
        using var store = Open();

        await store.CommitSourceAsync(GuideCommit());

        var nodes = _server.Statement("MERGE (n:ScNode").Parameters;
        Assert.Equal(["document:docs/guide.md", Mfa], nodes["nodes"]!.AsArray().Select(n => (string?)n!["id"]));
        Assert.Equal("docs/guide.md", (string?)nodes["sourceId"]);
        Assert.Equal("v", (string?)nodes["nodes"]![0]!["properties"]!["prop_version"]);
        var relation = _server.Statement("SET r = rel.properties").Parameters["relations"]![0]!;
        Assert.Equal(
            ("describes", "document:docs/guide.md", Mfa),
            ((string?)relation["type"], (string?)relation["from"], (string?)relation["to"]));
        var entry = _server.Statement("CREATE (e:ScEntry)").Parameters["entries"]![0]!;
        Assert.Equal("Guide text", (string?)entry["properties"]!["text"]);
        Assert.Equal("CustomerAuthorised", (string?)entry["properties"]!["ownership"]);
        Assert.Equal(Mfa, (string?)entry["mentions"]![0]!["nodeId"]);
        var source = _server.Statement("CREATE (x:ScSource)").Parameters["source"]!;
        Assert.Equal("Pending", (string?)source["state"]);
        Assert.Equal("2025-03-14T09:26:53.0000000+00:00", (string?)source["ingestedAt"]);
    }

    [Fact]
    public async Task CommitSourceAsync_ServerErrorMidTransaction_RollsBackAndNamesOperationAndCode()
    {
        _server.Failure = ("CREATE (e:ScEntry)", HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed",
            "Node already exists with label `ScEntry`");
        using var store = Open();

        var error = await Assert.ThrowsAsync<Neo4jRequestException>(() => store.CommitSourceAsync(GuideCommit()));

        Assert.Equal("commit source", error.Operation);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.ErrorCode);
        Assert.Contains("commit source", error.Message, StringComparison.Ordinal);
        Assert.Contains("Neo.ClientError.Schema.ConstraintValidationFailed", error.Message, StringComparison.Ordinal);
        var rollback = _server.Requests[^1];
        Assert.Equal((HttpMethod.Delete, TxUri), (rollback.Method, rollback.Uri.AbsoluteUri));
        Assert.Equal(FakeNeo4jHandler.Affinity, rollback.Headers["neo4j-cluster-affinity"]);
        Assert.DoesNotContain(_server.Requests, r => r.Uri.AbsoluteUri.EndsWith("/commit", StringComparison.Ordinal));
        Assert.DoesNotContain(_server.Requests, r => r.Statement?.Contains("ScSource", StringComparison.Ordinal) == true &&
            r.Statement.StartsWith("CREATE", StringComparison.Ordinal));
        Assert.Contains(_logs.GetSnapshot(), r => r.Id.Name == "Neo4jTransactionRolledBack");
    }

    [Fact]
    public async Task CommitSourceAsync_RelationToNodeMissingFromGraph_RollsBackWithGraphSchemaException()
    {
        var commit = GuideCommit() with { Relations = [Relation("describes", "document:docs/guide.md", "feature:nowhere")] };
        using var store = Open();

        await Assert.ThrowsAsync<GraphSchemaException>(() => store.CommitSourceAsync(commit));

        Assert.Equal(["feature:nowhere"], _server.Statement("RETURN n.id AS id, n.type AS type").Parameters["ids"]!
            .AsArray().Select(id => (string?)id));
        Assert.Equal(HttpMethod.Delete, _server.Requests[^1].Method);
        Assert.DoesNotContain(_server.Requests, r => r.Statement?.Contains("SET r = rel.properties", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task CommitSourceAsync_CancelledMidTransaction_RollsBackAndThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        _server.OnStatement = r =>
        {
            if (r.Statement!.Contains("MERGE (n:ScNode", StringComparison.Ordinal))
            {
                cancellation.Cancel();
            }
        };
        using var store = Open();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.CommitSourceAsync(GuideCommit(), cancellation.Token));

        Assert.Equal((HttpMethod.Delete, TxUri), (_server.Requests[^1].Method, _server.Requests[^1].Uri.AbsoluteUri));
    }

    [Fact]
    public async Task CommitSourceAsync_NodeOfUnknownType_ThrowsBeforeAnyRequest()
    {
        var commit = GuideCommit() with { Nodes = [new GraphNode("gadget:x", "Gadget", "x", "X", new Dictionary<string, string>())] };
        using var store = Open();

        await Assert.ThrowsAsync<GraphSchemaException>(() => store.CommitSourceAsync(commit));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task RemoveSourceAsync_SourceThatSupportedNodes_DeletesTheOrphansAmongThemInTheSameTransaction()
    {
        _server.Reply("DETACH DELETE src, origin", ["touched", "existed"], new JsonArray(new JsonArray(Mfa, "feature:x"), true));
        using var store = Open();

        var existed = await store.RemoveSourceAsync("t", "docs/a.md");

        Assert.True(existed);
        var orphans = _server.Statement("WHERE NOT EXISTS { (n)-[:SC_FROM]->(:ScOrigin) }");
        Assert.Equal([Mfa, "feature:x"], orphans.Parameters["nodeIds"]!.AsArray().Select(id => (string?)id));
        Assert.Equal(TxUri, orphans.Uri.AbsoluteUri);
        Assert.EndsWith("/commit", _server.Requests[^1].Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_FreshDatabase_CreatesSchemaIfMissingThenSeedsInOneTransaction()
    {
        using var store = Open();

        await store.InitializeAsync();

        var schema = _server.Requests.TakeWhile(r => r.Uri.AbsoluteUri == QueryUri).ToList();
        Assert.Equal(8, schema.Count);
        Assert.All(schema, r => Assert.Contains(" IF NOT EXISTS ", r.Statement, StringComparison.Ordinal));
        Assert.Equal(4, schema.Count(r => r.Statement!.Contains("IS UNIQUE", StringComparison.Ordinal)));
        var seeds = _server.Statement("MERGE (n:ScNode").Parameters;
        Assert.Equal("ontology", (string?)seeds["sourceId"]);
        Assert.Equal(Ontology.Entities.Count, seeds["nodes"]!.AsArray().Count);
        Assert.EndsWith("/commit", _server.Requests[^1].Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains(_logs.GetSnapshot(), r => r.Id.Name == "GraphStoreOpened");
    }

    [Fact]
    public async Task RequestFailures_Always_KeepPasswordAndAuthorizationOutOfMessagesAndLogs()
    {
        _server.Failure = ("ScSource", HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized",
            "The client is unauthorized due to authentication failure.");
        using var store = Open();
        using var unreachable = new HttpClient(new ThrowingHandler());
        using var offline = Open(unreachable);

        var refused = await Assert.ThrowsAsync<Neo4jRequestException>(() => store.ListSourcesAsync("t"));
        var down = await Assert.ThrowsAsync<Neo4jRequestException>(() => offline.ListSourcesAsync("t"));

        Assert.Contains("Neo.ClientError.Security.Unauthorized", refused.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 401", refused.Message, StringComparison.Ordinal);
        Assert.Contains("http://neo4j.test:7474 could not be reached", down.Message, StringComparison.Ordinal);
        var texts = _logs.GetSnapshot().Select(r => r.Message + r.Exception)
            .Append(refused.ToString()).Append(down.ToString()).ToList();
        Assert.All(texts, t => Assert.DoesNotContain(Password, t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain(BasicCredentials, t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain("/db/sales", t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RequestFailure_ServerEchoingTheCredentials_MasksThemInTheMessage()
    {
        _server.Failure = ("ScSource", HttpStatusCode.BadRequest, "Neo.ClientError.Request.Invalid",
            $"bad request with header Basic {BasicCredentials} and password {Password}");
        using var store = Open();

        var error = await Assert.ThrowsAsync<Neo4jRequestException>(() => store.ListSourcesAsync("t"));

        Assert.Contains("bad request with header Basic *** and password ***", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UserWithoutPasswordInItsVariable_ThrowsNamingTheVariableWithoutRequest()
    {
        var options = Options();
        options.PasswordVariable = "SALESCOG_TEST_NEO4J_UNSET_PASSWORD";

        var error = Assert.Throws<ArgumentException>(() => Open(_client, options));

        Assert.Contains("SALESCOG_TEST_NEO4J_UNSET_PASSWORD", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ListSourcesAsync_NoUser_SendsNoAuthorizationHeader()
    {
        var options = Options();
        options.User = null;
        using var store = Open(_client, options);

        await store.ListSourcesAsync("t");

        Assert.False(Assert.Single(_server.Requests).Headers.ContainsKey("Authorization"));
    }

    private static Neo4jOptions Options() => new()
    {
        Uri = new Uri("http://neo4j.test:7474"),
        Database = "sales",
        User = User,
        PasswordVariable = PasswordVariable,
    };

    private Neo4jGraphStore Open(HttpClient? client = null, Neo4jOptions? options = null) => new(
        client ?? _client,
        options ?? Options(),
        Ontology,
        new FakeTimeProvider(new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero)),
        new FakeLogger<Neo4jGraphStore>(_logs));

    private static SourceCommit GuideCommit()
    {
        var document = Node("Document", "docs/guide.md", new Dictionary<string, string> { ["version"] = "v" });
        return new SourceCommit
        {
            Source = Source("docs/guide.md", "v1"),
            Nodes = [document, Node("Feature", "Multi-factor authentication")],
            Relations = [Relation("describes", document.Id, Mfa)],
            Aliases = [new NodeAlias(Mfa, "双因素")],
            Entries = [Entry("docs/guide.md", 0, "Guide text", new EntityMention(Mfa, "MFA"))],
        };
    }

    private sealed class ThrowingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken) =>
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)");
    }
}
