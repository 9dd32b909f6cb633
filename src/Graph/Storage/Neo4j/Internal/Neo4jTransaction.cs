// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Logging;
using SalesCognition.Graph.Internal;

namespace SalesCognition.Graph.Storage.Neo4j.Internal;

/// <summary>
/// An explicit transaction of the Query API: statements go to <c>.../tx/{id}</c>, the commit to
/// <c>.../tx/{id}/commit</c>, a rollback is a <c>DELETE</c> of <c>.../tx/{id}</c>. The cluster affinity the server
/// sent when it opened the transaction is replayed on every later request.
/// </summary>
internal sealed class Neo4jTransaction(
    Neo4jHttp http,
    string operation,
    string id,
    string? affinity,
    ILogger logger)
{
    private string? _affinity = affinity;

    /// <summary>The server's id of the transaction.</summary>
    public string Id => id;

    /// <summary>Runs one statement inside the transaction.</summary>
    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        var (root, returned) = await http.SendAsync(
            operation,
            HttpMethod.Post,
            http.TransactionUri(id, null),
            statement,
            _affinity,
            cancellationToken).ConfigureAwait(false);
        _affinity = returned;
        return CypherResult.Read(root);
    }

    /// <summary>Commits the transaction.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => http.SendAsync(
        operation,
        HttpMethod.Post,
        http.TransactionUri(id, "commit"),
        null,
        _affinity,
        cancellationToken);

    /// <summary>
    /// Rolls the transaction back; never throws, so the failure that caused the rollback is the one reported.
    /// It does not take the caller's token: a cancelled write still asks the server to discard its work.
    /// </summary>
    public async Task RollbackAsync()
    {
        try
        {
            await http.SendAsync(
                operation,
                HttpMethod.Delete,
                http.TransactionUri(id, null),
                null,
                _affinity,
                CancellationToken.None).ConfigureAwait(false);
            logger.Neo4jTransactionRolledBack(operation);
        }
        catch (Neo4jRequestException ex)
        {
            // Commonly the server already closed it after a failed statement; it expires on its own otherwise.
            logger.Neo4jRollbackFailed(operation, ex);
        }
    }
}
