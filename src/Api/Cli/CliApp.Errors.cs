// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.Options;
using SalesCognition.Graph.Schema;
using SalesCognition.Graph.Storage.Neo4j;
using SalesCognition.Retrieval.Vectors;
using SalesCognition.Retrieval.Vectors.Qdrant;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    /// <summary>Runs a command, turning the errors a user can fix into one clear line and exit code 1.</summary>
    private async Task<int> GuardAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (OntologyException ex)
        {
            await error.WriteLineAsync($"error: the ontology is invalid: {ex.Message}");
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync($"error: invalid configuration: {string.Join("; ", ex.Failures)}");
        }
        catch (VectorSpaceMismatchException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
        }
        catch (QdrantRequestException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
        }
        catch (Neo4jRequestException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith(
            "Failed to convert configuration value",
            StringComparison.Ordinal))
        {
            // The configuration binder's own message names the key and the value.
            await error.WriteLineAsync($"error: invalid configuration: {ex.Message}");
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            await error.WriteLineAsync($"error: a data file could not be used: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be made or read (a path through a file, a full disk, no permission).
            await error.WriteLineAsync($"error: {ex.Message}");
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled: stopped before the end; what was written so far is consistent.");
            return Interrupted;
        }

        return Fatal;
    }
}
