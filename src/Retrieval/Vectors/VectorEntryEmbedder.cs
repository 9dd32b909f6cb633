// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.Extensions.AI;
using SalesCognition.Retrieval.Embeddings;

namespace SalesCognition.Retrieval.Vectors;

/// <summary>What to embed for one entry.</summary>
/// <param name="EntryId">The knowledge entry.</param>
/// <param name="ContentHash">The key of the whole text's vector in the embedding cache.</param>
/// <param name="Text">The whole text as embedded (for example its title line and body).</param>
/// <param name="PassageText">The text cut into passages (see <see cref="Passages"/>), usually the body alone.</param>
public sealed record EmbeddingInput(string EntryId, string ContentHash, string Text, string PassageText);

/// <summary>The vectors of a batch of entries, and how many texts had to be run through the model.</summary>
/// <param name="Entries">One vector entry per input, in input order.</param>
/// <param name="Embedded">Texts embedded now (the rest came from the cache).</param>
public sealed record EmbeddedEntries(IReadOnlyList<VectorEntry> Entries, int Embedded);

/// <summary>
/// Embeds entries and their passages, reusing vectors the index already holds for the same text: ingestion,
/// reindexing and evaluation all build their vector entries here, so they index alike.
/// </summary>
public static class VectorEntryEmbedder
{
    /// <summary>Embeds <paramref name="inputs"/>; texts already in <paramref name="cache"/> are not embedded again.</summary>
    /// <param name="generator">The embedding model.</param>
    /// <param name="cache">The index whose stored vectors are reused.</param>
    /// <param name="inputs">The entries.</param>
    /// <param name="batchSize">Texts per model call.</param>
    /// <param name="passages">Whether entries get passage vectors too.</param>
    /// <param name="progress">Receives the count of texts embedded so far.</param>
    /// <param name="tokenCache">
    /// When given (and the model offers token vectors), the whole texts embedded now keep their token vectors there,
    /// from the same run of the model, for late-interaction re-ranking.
    /// </param>
    /// <param name="cancellationToken">Stops between batches.</param>
    public static async Task<EmbeddedEntries> EmbedAsync(
        IEmbeddingGenerator<string, Embedding<float>> generator,
        IVectorIndex cache,
        IReadOnlyList<EmbeddingInput> inputs,
        int batchSize,
        bool passages = true,
        IProgress<int>? progress = null,
        TokenVectorCache? tokenCache = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        var passagesOf = inputs.Select(i => passages ? Passages.Split(i.PassageText) : []).ToList();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            texts.TryAdd(inputs[i].ContentHash, inputs[i].Text);
            foreach (var passage in passagesOf[i])
            {
                texts.TryAdd(Passages.Hash(passage), passage);
            }
        }

        var known = new Dictionary<string, ReadOnlyMemory<float>>(
            await cache.GetCachedAsync([.. texts.Keys], cancellationToken).ConfigureAwait(false),
            StringComparer.Ordinal);
        var missing = texts.Where(t => !known.ContainsKey(t.Key)).ToList();
        var tokens = tokenCache is null ? null : generator.GetService<ITokenEmbeddingGenerator>();
        var wholeTexts = inputs.Select(i => i.ContentHash).ToHashSet(StringComparer.Ordinal);
        var embedded = 0;

        // Whole texts first when their token vectors are kept (one run gives both), then the rest; each batch is of
        // one kind, so passages never pay for token vectors.
        var kinds = tokens is null
            ? [missing]
            : new[] { missing.Where(m => wholeTexts.Contains(m.Key)).ToList(), missing.Where(m => !wholeTexts.Contains(m.Key)).ToList() };
        for (var kind = 0; kind < kinds.Length; kind++)
        {
            foreach (var batch in kinds[kind].Chunk(batchSize))
            {
                string[] values = [.. batch.Select(b => b.Value)];
                GeneratedEmbeddings<Embedding<float>> generated;
                if (tokens is not null && kind == 0)
                {
                    var both = await tokens.GenerateWithTokenVectorsAsync(values, cancellationToken).ConfigureAwait(false);
                    generated = both.Embeddings;
                    await tokenCache!.AddAsync(values, both.Tokens, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    generated = await generator.GenerateAsync(values, cancellationToken: cancellationToken).ConfigureAwait(false);
                }

                for (var j = 0; j < batch.Length; j++)
                {
                    known[batch[j].Key] = generated[j].Vector;
                }

                embedded += batch.Length;
                progress?.Report(embedded);
            }
        }

        var entries = inputs.Select((input, i) => new VectorEntry(
            input.EntryId,
            input.ContentHash,
            known[input.ContentHash])
        {
            Passages = [.. passagesOf[i].Select(p => Passages.Hash(p)).Select(h => new PassageVector(h, known[h]))],
        });
        return new EmbeddedEntries([.. entries], embedded);
    }
}
