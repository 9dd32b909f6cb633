// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text.Json;

namespace SalesCognition.Retrieval.Evaluation;

/// <summary>
/// A retrieval test set in the BEIR layout: <c>corpus.jsonl</c>, <c>queries.jsonl</c> and <c>qrels/&lt;split&gt;.tsv</c>.
/// Only the queries that have at least one relevant judgement are kept.
/// </summary>
public sealed class BeirDataset
{
    private BeirDataset(
        IReadOnlyList<BeirDocument> corpus,
        IReadOnlyList<BeirQuery> queries,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> judgements)
    {
        Corpus = corpus;
        Queries = queries;
        Judgements = judgements;
        var ids = corpus.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        UnknownDocumentJudgements = queries
            .SelectMany(q => judgements[q.Id].Where(j => j.Value > 0 && !ids.Contains(j.Key)))
            .Count();
    }

    /// <summary>The documents, in file order.</summary>
    public IReadOnlyList<BeirDocument> Corpus { get; }

    /// <summary>The judged queries, in file order.</summary>
    public IReadOnlyList<BeirQuery> Queries { get; }

    /// <summary>
    /// How many positive judgements of the judged queries name a document the corpus does not hold. They still count
    /// as relevant (as BEIR scores them), so no mode can retrieve them and every figure is lower for them.
    /// </summary>
    public int UnknownDocumentJudgements { get; }

    /// <summary>Per query id, the grade of each judged document.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Judgements { get; }

    /// <summary>Reads a set from <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder holding <c>corpus.jsonl</c>.</param>
    /// <param name="split">The judgements to use: <c>qrels/{split}.tsv</c>.</param>
    /// <param name="queriesPath">Overrides <c>queries.jsonl</c>.</param>
    /// <param name="qrelsPath">Overrides the split's judgements file.</param>
    /// <exception cref="BeirFormatException">A file is missing or a line is malformed.</exception>
    public static BeirDataset Load(
        string directory,
        string split = "dev",
        string? queriesPath = null,
        string? qrelsPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(split);

        var corpus = ReadJsonLines(Path.Combine(directory, "corpus.jsonl"), (id, root) => new BeirDocument(
            id, OptionalString(root, "title"), OptionalString(root, "text")));
        var judgements = ReadJudgements(qrelsPath ?? Path.Combine(directory, "qrels", split + ".tsv"));
        var queries = ReadJsonLines(queriesPath ?? Path.Combine(directory, "queries.jsonl"), (id, root) => new BeirQuery(
            id, OptionalString(root, "text")));

        var judged = queries.Where(q => judgements.TryGetValue(
            q.Id,
            out var grades) && grades.Values.Any(g => g > 0)).ToList();
        if (corpus.Count == 0)
        {
            throw new BeirFormatException($"{Path.Combine(directory, "corpus.jsonl")}: the corpus holds no document.");
        }

        if (judged.Count == 0)
        {
            throw new BeirFormatException(
                $"{qrelsPath ?? Path.Combine(directory, "qrels", split + ".tsv")}: no query of "
                + $"{queriesPath ?? Path.Combine(directory, "queries.jsonl")} has a positive judgement; nothing to score.");
        }
        return new BeirDataset(corpus, judged, judgements);
    }

    private static List<T> ReadJsonLines<T>(string path, Func<string, JsonElement, T> read)
    {
        var items = new List<T>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string line in ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                if (!document.RootElement.TryGetProperty(
                    "_id",
                    out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
                {
                    throw new BeirFormatException($"{path}, line {lineNumber}: field '_id' is missing.");
                }

                string idText = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
                if (!seen.TryAdd(idText, lineNumber))
                {
                    throw new BeirFormatException(
                        $"{path}, line {lineNumber}: '_id' {idText} repeats line {seen[idText]}.");
                }

                items.Add(read(idText, document.RootElement));
            }
            catch (JsonException ex)
            {
                throw new BeirFormatException($"{path}, line {lineNumber}: not valid JSON ({ex.Message}).", ex);
            }
        }

        return items;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, int>> ReadJudgements(string path)
    {
        var judgements = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string line in ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (lineNumber == 1 && fields[0] == "query-id")
            {
                continue;
            }

            if (fields.Length < 3 || !int.TryParse(
                fields[^1],
                NumberStyles.Integer,
                CultureInfo.InvariantCulture,
                out int grade))
            {
                throw new BeirFormatException(
                    $"{path}, line {lineNumber}: expected 'query-id<TAB>corpus-id<TAB>score' with an integer score.");
            }

            if (!judgements.TryGetValue(fields[0], out var grades))
            {
                judgements[fields[0]] = grades = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            grades[fields[^2]] = grade;
        }

        return judgements.ToDictionary(
            p => p.Key,
            p => (IReadOnlyDictionary<string, int>)p.Value,
            StringComparer.Ordinal);
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new BeirFormatException($"{path}: file not found.");
        }

        return File.ReadLines(path);
    }

    private static string OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(
            name,
            out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
