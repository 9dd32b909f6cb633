// Copyright (c) SalesCognition. All rights reserved.

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SalesCognition.Graph.Internal;
using SalesCognition.Graph.Model;
using SalesCognition.Graph.Schema;
using SalesCognition.Graph.Storage.Neo4j.Internal;

namespace SalesCognition.Graph.Storage.Neo4j;

/// <summary>
/// The graph store in a Neo4j database, over its HTTP Query API. A source's contribution is replaced in one explicit
/// transaction that is rolled back on any failure, so a reader never sees half a source. Writes of this process are
/// serialised, as in the embedded store; the layout is described by <see cref="Neo4jSchema"/>.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore, IDisposable
{
    private const string OntologySourceId = "ontology";

    private readonly Neo4jHttp _http;
    private readonly HttpClient _client;
    private readonly bool _ownsClient;
    private readonly string _database;
    private readonly Ontology _ontology;
    private readonly TimeProvider _time;
    private readonly ILogger<Neo4jGraphStore> _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Creates a store that sends its requests through <paramref name="client"/> (the caller keeps owning it).</summary>
    /// <param name="client">Sends the requests; its own timeout is not relied on (<see cref="Neo4jOptions.Timeout"/> is).</param>
    /// <param name="options">Server address, database, user, password variable and timeout.</param>
    /// <param name="ontology">The ontology writes are checked against and seeds come from.</param>
    /// <param name="time">Stamps source versions.</param>
    /// <param name="logger">Receives lifecycle events and failures.</param>
    /// <exception cref="ArgumentException">
    /// The options are invalid, or a user is set and the password variable is empty.
    /// </exception>
    public Neo4jGraphStore(
        HttpClient client,
        Neo4jOptions options,
        Ontology ontology,
        TimeProvider time,
        ILogger<Neo4jGraphStore> logger)
        : this(client, ownsClient: false, options, ontology, time, logger)
    {
    }

    /// <summary>Creates the store; with <paramref name="ownsClient"/> the store disposes the client.</summary>
    internal Neo4jGraphStore(
        HttpClient client,
        bool ownsClient,
        Neo4jOptions options,
        Ontology ontology,
        TimeProvider time,
        ILogger<Neo4jGraphStore> logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ontology);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        var errors = Neo4jOptionsValidator.Errors(options, "Graph:Neo4j:").Select(e => e.Error).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(options));
        }

        _http = new Neo4jHttp(client, options.Uri!, options.Database, Authorization(options), options.Timeout, logger);
        _client = client;
        _ownsClient = ownsClient;
        _database = options.Database;
        _ontology = ontology;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Put before every tenant id the store writes and reads, so that test runs sharing a server with other data
    /// stay apart from it and from each other; empty in the product.
    /// </summary>
    internal string TenantPrefix { get; init; } = "";

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in Neo4jSchema.Statements)
        {
            await _http.RunAsync("create schema", new CypherStatement(statement), cancellationToken).ConfigureAwait(false);
        }

        var seeds = _ontology.Entities
            .Select(seed => new GraphNode(
                NodeId.For(seed.Type, seed.Key),
                seed.Type,
                NodeId.NormalizeKey(seed.Key),
                seed.Name,
                new Dictionary<string, string>()))
            .ToList();
        var aliases = _ontology.Entities
            .SelectMany(seed => seed.Aliases.Select(alias => new NodeAlias(NodeId.For(seed.Type, seed.Key), alias)))
            .ToList();
        await WriteAsync(
            "load ontology seeds",
            async transaction =>
            {
                var touched = await DeleteSourceAsync(transaction, TenantIds.Default, OntologySourceId, cancellationToken)
                    .ConfigureAwait(false);
                await UpsertNodesAsync(transaction, TenantIds.Default, OntologySourceId, seeds, cancellationToken)
                    .ConfigureAwait(false);
                await AddAliasesAsync(transaction, TenantIds.Default, OntologySourceId, aliases, cancellationToken)
                    .ConfigureAwait(false);
                await DeleteOrphansAsync(transaction, TenantIds.Default, touched.NodeIds, cancellationToken)
                    .ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);

        _logger.GraphStoreOpened(_ontology.Entities.Count);
        _logger.Neo4jGraphStoreOpened(_database, _http.Host);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writeLock.Dispose();
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    private static AuthenticationHeaderValue? Authorization(Neo4jOptions options)
    {
        if (string.IsNullOrEmpty(options.User))
        {
            return null;
        }

        var password = Environment.GetEnvironmentVariable(options.PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            throw new ArgumentException(
                $"Graph:Neo4j:User is set but the environment variable {options.PasswordVariable} (named by " +
                "Graph:Neo4j:PasswordVariable) holds no password.",
                nameof(options));
        }

        return new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{password}")));
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction under the write lock and commits it; on any failure
    /// (a server error, a schema violation, cancellation) the transaction is rolled back and the failure rethrown.
    /// </summary>
    private async Task<T> WriteAsync<T>(
        string operation,
        Func<Neo4jTransaction, Task<T>> work,
        CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await _http.BeginAsync(operation, cancellationToken).ConfigureAwait(false);
            T result;
            try
            {
                result = await work(transaction).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await transaction.RollbackAsync().ConfigureAwait(false);
                throw;
            }

            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private string StoredTenant(string tenant) => TenantPrefix + tenant;

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)v)]);

    private static JsonObject Properties(IReadOnlyDictionary<string, string> properties)
    {
        var stored = new JsonObject();
        foreach (var (key, value) in properties)
        {
            stored[Neo4jSchema.PropertyPrefix + key] = value;
        }

        return stored;
    }
}
