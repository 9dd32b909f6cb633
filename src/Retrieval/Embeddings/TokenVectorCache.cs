// Copyright (c) SalesCognition. All rights reserved.

using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SalesCognition.Graph.Storage.Sqlite;
using SalesCognition.Retrieval.Internal;
using SalesCognition.Retrieval.Vectors;

namespace SalesCognition.Retrieval.Embeddings;

/// <summary>
/// Keeps the token vectors of texts (see <see cref="ITokenEmbeddingGenerator"/>) in a SQLite file, keyed by the model
/// and a hash of the text, so late-interaction re-ranking reads a hit's vectors instead of running the model over it.
/// </summary>
/// <remarks>
/// Each vector is stored as 8-bit integers with one scale per token (the largest magnitude), about 390 bytes per
/// token for 384 dimensions, so a 256-token text takes some 100 KB. The file is a cache: when it outgrows its budget
/// the least recently used texts go, vectors of another model are dropped at opening, and losing it loses nothing
/// but time. Only document texts are stored, never queries.
/// </remarks>
public sealed class TokenVectorCache : IDisposable
{
    private const int HeaderBytes = 8;

    /// <summary>How many read texts may wait before their recency is written without a write to carry it.</summary>
    private const int PendingTouchLimit = 4096;

    private readonly string _connectionString;
    private readonly string _modelId;
    private readonly long _maxBytes;
    private readonly ILogger _logger;
    private readonly int? _dimensions;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<string, long> _touched = new(StringComparer.Ordinal);
    private long _bytes;
    private long _clock;
    private volatile bool _disabled;
    private int _readFailureLogged;

    private TokenVectorCache(string connectionString, string modelId, long maxBytes, ILogger logger, int? dimensions)
    {
        _dimensions = dimensions;
        _connectionString = connectionString;
        _modelId = modelId;
        _maxBytes = maxBytes;
        _logger = logger;
    }

    /// <summary>
    /// What the vectors of <paramref name="generator"/> are kept under: its model id, and for the local model its
    /// token window too (a text cut at another length has other vectors).
    /// </summary>
    public static string ModelKey(IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        ArgumentNullException.ThrowIfNull(generator);

        string model = VectorSpaces.Of(generator).ModelId;
        return generator is MiniLmEmbeddingGenerator local
            ? model + "@" + local.MaxTokens.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : model;
    }

    /// <summary>How many bytes of vectors the file holds.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>
    /// Opens (or creates) the cache in <paramref name="path"/> for <paramref name="modelId"/>'s vectors, dropping any
    /// vectors another model left there. A file that is not a readable cache is renamed to <c>.damaged</c> (logged)
    /// and a new one started: it held nothing that cannot be made again.
    /// </summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="modelId">The model whose vectors are kept.</param>
    /// <param name="maxBytes">The budget; beyond it the least recently used texts are evicted.</param>
    /// <param name="logger">Hears of a damaged file or record and of writes that failed.</param>
    /// <param name="dimensions">The length of the model's vectors; a record of another length counts as damaged.</param>
    /// <param name="cancellationToken">Stops the opening.</param>
    public static async Task<TokenVectorCache> OpenAsync(
        string path,
        string modelId,
        long maxBytes,
        ILogger? logger = null,
        int? dimensions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);

        logger ??= NullLogger.Instance;
        var cache = new TokenVectorCache(SqliteFiles.ConnectionString(path), modelId, maxBytes, logger, dimensions);
        try
        {
            await cache.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 11 or 26)
        {
            // SQLITE_CORRUPT or SQLITE_NOTADB: set the file aside rather than refuse to start over a cache.
            logger.TokenCacheRecreated(path, ex.Message);
            SqliteConnection.ClearAllPools();
            try
            {
                foreach (var suffix in new[] { "-wal", "-shm" })
                {
                    File.Delete(path + suffix);
                }

                File.Move(path, path + ".damaged", overwrite: true);
            }
            catch (Exception moved) when (moved is IOException or UnauthorizedAccessException)
            {
                cache.Disable(path, moved.Message);
                return cache;
            }

            await cache.TryInitializeAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            cache.Disable(path, ex.Message);
        }

        return cache;
    }

    /// <summary>
    /// The token vectors of each of <paramref name="texts"/>, in order: read from the file where present, else made
    /// by <paramref name="generator"/> (in one call for all the missing texts) and stored.
    /// </summary>
    public async Task<IReadOnlyList<TokenVectors>> GetOrAddAsync(
        ITokenEmbeddingGenerator generator,
        IReadOnlyList<string> texts,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(texts);

        if (_disabled)
        {
            return await generator.GenerateTokenVectorsAsync(texts, cancellationToken).ConfigureAwait(false);
        }

        string[] keys = [.. texts.Select(KeyOf)];
        var found = await ReadAsync(keys.Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        var missing = keys
            .Select((key, i) => (Key: key, Index: i))
            .Where(k => !found.ContainsKey(k.Key))
            .DistinctBy(k => k.Key, StringComparer.Ordinal)
            .ToList();
        if (missing.Count > 0)
        {
            var made = await generator.GenerateTokenVectorsAsync(
                [.. missing.Select(m => texts[m.Index])],
                cancellationToken).ConfigureAwait(false);
            var rows = missing.Select((m, i) => (m.Key, Encode(made[i]))).ToList();
            try
            {
                await WriteAsync(rows, cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException ex)
            {
                // A full disk or a read-only folder costs the next search time, not this search its answer.
                _logger.TokenCacheWriteFailed(rows.Count, ex.Message);
            }

            for (int i = 0; i < missing.Count; i++)
            {
                // What later reads return: the stored (8-bit) form, so a text scores alike the first time and after.
                found[missing[i].Key] = Decode(rows[i].Item2);
            }
        }

        return [.. keys.Select(k => found[k])];
    }

    /// <summary>
    /// Keeps token vectors made elsewhere (by a run that embedded the texts too); a write that fails is logged, not
    /// thrown, as searches can make the vectors again.
    /// </summary>
    public async Task AddAsync(
        IReadOnlyList<string> texts,
        IReadOnlyList<TokenVectors> vectors,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(vectors);
        if (texts.Count != vectors.Count)
        {
            throw new ArgumentException($"{texts.Count} texts but {vectors.Count} token vector sets.", nameof(vectors));
        }

        if (_disabled)
        {
            return;
        }

        try
        {
            await WriteAsync([.. texts.Select((t, i) => (KeyOf(t), Encode(vectors[i])))], cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            _logger.TokenCacheWriteFailed(texts.Count, ex.Message);
        }
    }

    /// <summary>Makes and stores the vectors of those of <paramref name="texts"/> not yet in the file.</summary>
    /// <returns>How many texts were run through the model.</returns>
    public async Task<int> WarmAsync(
        ITokenEmbeddingGenerator generator,
        IReadOnlyList<string> texts,
        int batchSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        if (_disabled)
        {
            return 0;
        }

        var byKey = texts.DistinctBy(KeyOf, StringComparer.Ordinal).ToDictionary(KeyOf, t => t, StringComparer.Ordinal);
        List<KeyValuePair<string, string>> missing;
        try
        {
            var present = await ContainsAsync([.. byKey.Keys], cancellationToken).ConfigureAwait(false);
            missing = [.. byKey.Where(kv => !present.Contains(kv.Key))];
        }
        catch (SqliteException ex)
        {
            _logger.TokenCacheReadFailed(ex.Message);
            return 0;
        }

        int made = 0;
        foreach (var batch in missing.Chunk(batchSize))
        {
            var vectors = await generator.GenerateTokenVectorsAsync(
                [.. batch.Select(b => b.Value)],
                cancellationToken).ConfigureAwait(false);
            try
            {
                await WriteAsync([.. batch.Select((b, i) => (b.Key, Encode(vectors[i])))], cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException ex)
            {
                // Nothing more can be kept now; searches make what is missing.
                _logger.TokenCacheWriteFailed(batch.Length, ex.Message);
                break;
            }

            made += batch.Length;
        }

        return made;
    }

    /// <inheritdoc />
    public void Dispose() => _writeLock.Dispose();

    /// <summary>8-bit form: count, dimensions, ids, one scale per token, then the quantized components.</summary>
    internal static byte[] Encode(TokenVectors vectors)
    {
        int count = vectors.Vectors.Count;
        int dimensions = count == 0 ? 0 : vectors.Vectors[0].Length;
        var bytes = new byte[HeaderBytes + (count * (8 + dimensions))];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(span, count);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], dimensions);
        int at = HeaderBytes;
        for (int t = 0; t < count; t++, at += 4)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[at..], vectors.Ids[t]);
        }

        for (int t = 0; t < count; t++)
        {
            float[] vector = vectors.Vectors[t];
            float scale = 0;
            foreach (float component in vector)
            {
                scale = Math.Max(scale, Math.Abs(component));
            }

            BinaryPrimitives.WriteSingleLittleEndian(span[at..], scale);
            at += 4;
            int quantized = HeaderBytes + (count * 8) + (t * dimensions);
            for (int k = 0; k < dimensions; k++)
            {
                bytes[quantized + k] = unchecked((byte)(sbyte)(scale > 0 ? Math.Round(vector[k] / scale * 127f) : 0));
            }
        }

        return bytes;
    }

    internal static TokenVectors Decode(byte[] bytes)
    {
        if (bytes.Length < HeaderBytes)
        {
            throw new InvalidDataException("A token-vector record is shorter than its header.");
        }

        var span = bytes.AsSpan();
        int count = BinaryPrimitives.ReadInt32LittleEndian(span);
        int dimensions = BinaryPrimitives.ReadInt32LittleEndian(span[4..]);
        if (count < 0 || dimensions < 0 || bytes.Length != HeaderBytes + ((long)count * (8 + dimensions)))
        {
            throw new InvalidDataException("A token-vector record's length does not match its header.");
        }

        var ids = new int[count];
        var vectors = new float[count][];
        for (int t = 0; t < count; t++)
        {
            ids[t] = BinaryPrimitives.ReadInt32LittleEndian(span[(HeaderBytes + (t * 4))..]);
            float stored = BinaryPrimitives.ReadSingleLittleEndian(span[(HeaderBytes + (count * 4) + (t * 4))..]);
            if (!float.IsFinite(stored) || stored < 0)
            {
                throw new InvalidDataException("A token-vector record holds a scale that is not a finite, positive number.");
            }

            float scale = stored / 127f;
            int quantized = HeaderBytes + (count * 8) + (t * dimensions);
            var vector = new float[dimensions];
            for (int k = 0; k < dimensions; k++)
            {
                vector[k] = unchecked((sbyte)bytes[quantized + k]) * scale;
            }

            vectors[t] = vector;
        }

        return new TokenVectors(ids, vectors);
    }

    private string KeyOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_modelId + "\0" + text)));

    /// <summary>Whether the file could not be used, so vectors are made for each search and nothing is kept.</summary>
    public bool Disabled => _disabled;

    private async Task TryInitializeAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            Disable(path, ex.Message);
        }
    }

    private void Disable(string path, string reason)
    {
        _logger.TokenCacheUnusable(path, reason);
        _disabled = true;
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            """
            PRAGMA auto_vacuum = INCREMENTAL;
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS model (id TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS token_vectors (
                key TEXT PRIMARY KEY, bytes INTEGER NOT NULL, used INTEGER NOT NULL, data BLOB NOT NULL);
            CREATE INDEX IF NOT EXISTS token_vectors_by_use ON token_vectors (used);
            """,
            cancellationToken).ConfigureAwait(false);

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken)
            .ConfigureAwait(false);
        bool modelChanged = false;
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT id FROM model";
            if (await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string stored
                || !string.Equals(stored, _modelId, StringComparison.Ordinal))
            {
                modelChanged = true;
                await ExecuteAsync(
                    connection,
                    "DELETE FROM token_vectors; DELETE FROM model; INSERT INTO model (id) VALUES ($m);",
                    cancellationToken,
                    transaction,
                    ("$m", _modelId)).ConfigureAwait(false);
            }
        }

        await using (var totals = connection.CreateCommand())
        {
            totals.Transaction = transaction;
            totals.CommandText = "SELECT COALESCE(SUM(bytes), 0), COALESCE(MAX(used), 0) FROM token_vectors";
            await using var reader = await totals.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            _bytes = reader.GetInt64(0);
            _clock = reader.GetInt64(1);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (modelChanged)
        {
            // The old model's vectors are gone; give their room back.
            await ExecuteAsync(connection, "VACUUM", cancellationToken).ConfigureAwait(false);
        }

        if (_bytes > _maxBytes)
        {
            // A smaller budget than the file holds (the setting was lowered): evict now, and give the room back.
            await WriteAsync([], cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "VACUUM", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Dictionary<string, TokenVectors>> ReadAsync(List<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, TokenVectors>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT key, data FROM token_vectors WHERE key IN ({Parameters(command, keys)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    var vectors = Decode(reader.GetValue(1) as byte[]
                        ?? throw new InvalidDataException("A token-vector record holds no bytes."));
                    if (_dimensions is { } expected && vectors.Vectors.Count > 0 && vectors.Vectors[0].Length != expected)
                    {
                        throw new InvalidDataException(
                            $"A token-vector record has {vectors.Vectors[0].Length} dimensions, not the model's {expected}.");
                    }

                    found[reader.GetString(0)] = vectors;
                }
                catch (InvalidDataException ex)
                {
                    // Counted as missing: made again and written over.
                    _logger.TokenCacheRecordDamaged(ex.Message);
                }
            }
        }
        catch (SqliteException ex)
        {
            // A file damaged while in use: every text counts as missing, and the search still gets its vectors.
            if (Interlocked.Exchange(ref _readFailureLogged, 1) == 0)
            {
                _logger.TokenCacheReadFailed(ex.Message);
            }

            found.Clear();
            return found;
        }

        // A read is not a write: its recency waits in memory and goes to the file with the next write (or once
        // enough reads have gathered), before any eviction looks at it.
        long now = Interlocked.Increment(ref _clock);
        foreach (var key in found.Keys)
        {
            _touched[key] = now;
        }

        if (_touched.Count >= PendingTouchLimit)
        {
            try
            {
                await WriteAsync([], cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException ex)
            {
                _logger.TokenCacheWriteFailed(0, ex.Message);
            }
        }

        return found;
    }

    private async Task<HashSet<string>> ContainsAsync(List<string> keys, CancellationToken cancellationToken)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in keys.Chunk(500))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT key FROM token_vectors WHERE key IN ({Parameters(command, chunk)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                present.Add(reader.GetString(0));
            }
        }

        return present;
    }

    private async Task WriteAsync(List<(string Key, byte[] Data)> rows, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken)
                .ConfigureAwait(false);
            long used = Interlocked.Increment(ref _clock);
            foreach (var (key, data) in rows)
            {
                await using var replaced = connection.CreateCommand();
                replaced.Transaction = transaction;
                replaced.CommandText = "SELECT bytes FROM token_vectors WHERE key = $k";
                replaced.Parameters.AddWithValue("$k", key);
                long previous = await replaced.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long b ? b : 0;
                await ExecuteAsync(
                    connection,
                    "INSERT OR REPLACE INTO token_vectors (key, bytes, used, data) VALUES ($k, $b, $u, $d)",
                    cancellationToken,
                    transaction,
                    ("$k", key),
                    ("$b", (long)data.Length),
                    ("$u", used),
                    ("$d", data)).ConfigureAwait(false);
                _bytes += data.Length - previous;
            }

            foreach (var key in _touched.Keys)
            {
                if (_touched.TryRemove(key, out long touched))
                {
                    await ExecuteAsync(
                        connection,
                        "UPDATE token_vectors SET used = MAX(used, $u) WHERE key = $k",
                        cancellationToken,
                        transaction,
                        ("$k", key),
                        ("$u", touched)).ConfigureAwait(false);
                }
            }

            bool evicted = await EvictAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (evicted)
            {
                // Gives freed pages back to the file system (files made before auto_vacuum was set keep them).
                await ExecuteAsync(connection, "PRAGMA incremental_vacuum", cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Drops the least recently used texts until the file is within 90% of its budget.</summary>
    private async Task<bool> EvictAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        bool evicted = false;
        while (_bytes > _maxBytes)
        {
            await using var oldest = connection.CreateCommand();
            oldest.Transaction = transaction;
            oldest.CommandText = "SELECT key, bytes FROM token_vectors ORDER BY used LIMIT 64";
            var victims = new List<(string Key, long Bytes)>();
            await using (var reader = await oldest.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    victims.Add((reader.GetString(0), reader.GetInt64(1)));
                }
            }

            if (victims.Count == 0)
            {
                _bytes = 0;
                return evicted;
            }

            foreach (var (key, bytes) in victims)
            {
                if (_bytes <= _maxBytes * 9 / 10)
                {
                    return evicted;
                }

                await ExecuteAsync(connection, "DELETE FROM token_vectors WHERE key = $k", cancellationToken, transaction, ("$k", key))
                    .ConfigureAwait(false);
                _bytes -= bytes;
                evicted = true;
            }
        }

        return evicted;
    }

    private static string Parameters(SqliteCommand command, IReadOnlyList<string> keys) =>
        SqliteFiles.InList(command, "$p", keys);

    private Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        SqliteFiles.OpenAsync(_connectionString, cancellationToken);

    private static Task ExecuteAsync(
        SqliteConnection connection,
        string sql,
        CancellationToken cancellationToken,
        SqliteTransaction? transaction = null,
        params (string Name, object? Value)[] parameters) =>
        SqliteFiles.ExecuteAsync(connection, transaction, sql, cancellationToken, parameters);
}
