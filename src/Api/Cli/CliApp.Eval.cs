// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using SalesCognition.Graph.Schema;
using SalesCognition.Retrieval.Evaluation;
using SalesCognition.Retrieval.Search;
using SalesCognition.Retrieval.Text;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command EvalCommand()
    {
        var dataset = new Option<string>("--dataset")
        {
            Description = "A BEIR-layout folder: corpus.jsonl, queries.jsonl, qrels/<split>.tsv.",
            Required = true,
        };
        var split = new Option<string>("--split")
        {
            Description = "The judgements to score: qrels/<split>.tsv.",
            DefaultValueFactory = _ => "dev",
        };
        var queries = new Option<string?>("--queries") { Description = "A queries.jsonl to use instead of the set's." };
        var qrels = new Option<string?>("--qrels") { Description = "A judgements file to use instead of the split's." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the metrics of each mode." };
        var cache = new Option<string?>("--cache")
        {
            Description = "A folder that keeps the embeddings between runs (by content hash).",
        };
        var analysis = new Option<TextAnalysis>("--analysis")
        {
            Description = "How the BM25 leg cuts Chinese.",
            DefaultValueFactory = _ => TextAnalysis.Default,
        };
        var fusion = new Option<string?>("--fusion") { Description = "Override the fusion method: rrf or minmax." };
        fusion.AcceptOnlyFromAmong(FusionMethods.ReciprocalRank, FusionMethods.MinMax);
        var rrfK = new Option<int?>("--rrf-k") { Description = "Override the RRF constant." };
        var textWeight = new Option<double?>("--text-weight") { Description = "Override the BM25 leg's weight." };
        var vectorWeight = new Option<double?>("--vector-weight") { Description = "Override the vector leg's weight." };
        RequireRange(rrfK, 1, 1000, "--rrf-k must be between 1 and 1000.");
        RequireRange(textWeight, 0.0, 10.0, "--text-weight must be between 0 and 10.");
        RequireRange(vectorWeight, 0.0, 10.0, "--vector-weight must be between 0 and 10.");
        var passageWeight = new Option<double?>("--passage-weight")
        {
            Description = "Override how much an entry's best passage counts in the vector leg (0 to 1; 0 ignores passages).",
        };
        RequireRange(passageWeight, 0.0, 1.0, "--passage-weight must be between 0 and 1.");

        var rerankDepth = new Option<int?>("--rerank-depth")
        {
            Description = "Override how many fused top hits are re-ranked by late interaction (0 turns it off).",
        };
        var rerankWeight = new Option<double?>("--rerank-weight")
        {
            Description = "Override how much the late-interaction score counts within the re-ranked hits.",
        };
        RequireRange(rerankDepth, 0, 100, "--rerank-depth must be between 0 (off) and 100.");
        RequireRange(rerankWeight, 0.0, 5.0, "--rerank-weight must be between 0 and 5.");
        var minNdcg = new Option<string[]>("--min-ndcg")
        {
            Description = "A floor as MODE=VALUE (bm25, vector or hybrid; 0 to 1), e.g. hybrid=0.75; repeatable. "
                + $"Exits {BelowQualityFloor} when a mode's nDCG@10 is below its floor.",
            Arity = ArgumentArity.OneOrMore,
        };
        minNdcg.Validators.Add(r =>
        {
            foreach (var value in r.GetValue(minNdcg) ?? [])
            {
                if (!QualityFloor.TryParse(value, out _))
                {
                    r.AddError($"--min-ndcg '{value}' is not MODE=VALUE with MODE bm25, vector or hybrid and VALUE from 0 to 1.");
                }
            }
        });
        var command = new Command("eval", "Score bm25, vector and hybrid retrieval on a BEIR-layout set (nDCG@10, Recall@10/100, MRR@10).")
        {
            dataset, split, queries, qrels, json, cache, analysis, fusion, rrfK, textWeight, vectorWeight, passageWeight,
            rerankDepth, rerankWeight, minNdcg,
        };
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            if (result.GetValue(cache) is { } cacheFolder && File.Exists(cacheFolder))
            {
                await error.WriteLineAsync($"error: --cache {cacheFolder} is a file; it must be a folder (made when missing).");
                return Fatal;
            }

            BeirDataset set;
            try
            {
                set = BeirDataset.Load(
                    result.GetValue(dataset)!,
                    result.GetValue(split)!,
                    result.GetValue(queries),
                    result.GetValue(qrels));
            }
            catch (BeirFormatException ex)
            {
                await error.WriteLineAsync($"error: {ex.Message}");
                return Fatal;
            }

            await error.WriteLineAsync($"{set.Corpus.Count} documents, {set.Queries.Count} judged queries");
            if (set.UnknownDocumentJudgements > 0)
            {
                await error.WriteLineAsync(
                    $"warning: {set.UnknownDocumentJudgements} relevant judgements name documents that are not in the corpus; "
                    + "they count as relevant but can never be retrieved, so every figure is lower for them");
            }

            var work = Path.Combine(Path.GetTempPath(), "salescog-eval-" + Guid.NewGuid().ToString("N"));
            try
            {
                using var host = await CliHost.StartAsync(
                    Path.Combine(work, "host"),
                    result.GetValue(_verbose),
                    cancellationToken);
                var configured = host.Services.GetRequiredService<IOptions<RetrievalOptions>>().Value;
                var options = new RetrievalOptions
                {
                    RrfK = result.GetValue(rrfK) ?? configured.RrfK,
                    CandidatesPerLeg = configured.CandidatesPerLeg,
                    TextWeight = result.GetValue(textWeight) ?? configured.TextWeight,
                    VectorWeight = result.GetValue(vectorWeight) ?? configured.VectorWeight,
                    Fusion = result.GetValue(fusion) ?? configured.Fusion,
                    VectorCjkShareLimit = configured.VectorCjkShareLimit,
                    VectorCjkShareSkip = configured.VectorCjkShareSkip,
                    VectorUnknownTokenLimit = configured.VectorUnknownTokenLimit,
                    PassageWeight = result.GetValue(passageWeight) ?? configured.PassageWeight,
                    RerankDepth = result.GetValue(rerankDepth) ?? configured.RerankDepth,
                    RerankWeight = result.GetValue(rerankWeight) ?? configured.RerankWeight,
                    TokenCacheMegabytes = configured.TokenCacheMegabytes,
                };
                var validation = new RetrievalOptionsValidator().Validate(Options.DefaultName, options);
                if (validation.Failed)
                {
                    await error.WriteLineAsync($"error: invalid tuning flag: {validation.FailureMessage}");
                    return Fatal;
                }

                LuceneTextIndex.AddDomainTerms(host.Services.GetRequiredService<Ontology>().Entities
                    .SelectMany(e => e.Aliases.Append(e.Name).Append(e.Key)));
                var evaluator = new RetrievalEvaluator(
                    host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(), options, result.GetValue(analysis));
                var progress = new SynchronousProgress<string>(line => error.WriteLine(line));
                var report = await evaluator.RunAsync(
                    set,
                    Path.Combine(work, "eval"),
                    result.GetValue(cache),
                    progress,
                    cancellationToken);
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"fusion {options.Fusion} (k={options.RrfK}, text {options.TextWeight}, " +
                    $"vector {options.VectorWeight}, passages {options.PassageWeight}, " +
                    $"rerank depth {options.RerankDepth} weight {options.RerankWeight}); " +
                    $"vector leg gated for {report.VectorLegGated} queries"));
                await WriteEvaluationAsync(report, result.GetValue(json));
                return await CheckFloorsAsync(report, result.GetValue(minNdcg) ?? []);
            }
            finally
            {
                TryDelete(work);
            }
        }));
        return command;
    }

    private async Task WriteEvaluationAsync(EvaluationReport report, bool json)
    {
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(report, CliJson.Options));
            return;
        }

        await output.WriteLineAsync($"{"mode",-8} {"nDCG@10",8} {"R@10",8} {"R@100",8} {"MRR@10",8}   ({report.Queries} queries)");
        foreach (var (mode, metrics) in new[] { ("bm25", report.Bm25), ("vector", report.Vector), ("hybrid", report.Hybrid) })
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{mode,-8} {metrics.NdcgAt10,8:F4} {metrics.RecallAt10,8:F4} {metrics.RecallAt100,8:F4} {metrics.MrrAt10,8:F4}"));
        }
    }

    /// <summary>Compares each mode's nDCG@10 with the floors asked for; names every mode below its floor.</summary>
    private async Task<int> CheckFloorsAsync(EvaluationReport report, IEnumerable<string> floors)
    {
        var code = Success;
        foreach (var text in floors)
        {
            if (!QualityFloor.TryParse(text, out var floor))
            {
                continue; // the parse-time validator has already rejected it
            }

            var scored = floor.Mode switch
            {
                "bm25" => report.Bm25.NdcgAt10,
                "vector" => report.Vector.NdcgAt10,
                _ => report.Hybrid.NdcgAt10,
            };
            if (scored < floor.NdcgAt10)
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"error: {floor.Mode} nDCG@10 {Shown(scored, floor.NdcgAt10)} is below the floor {floor.NdcgAt10} "
                    + $"(--min-ndcg {text})"));
                code = BelowQualityFloor;
            }
            else
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{floor.Mode} nDCG@10 {Shown(scored, floor.NdcgAt10)} meets the floor {floor.NdcgAt10}"));
            }
        }

        return code;
    }

    /// <summary>The score to four places, or to as many as it takes to tell it from the floor.</summary>
    internal static string Shown(double scored, double floor)
    {
        for (int places = 4; places < 12; places++)
        {
            string text = scored.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (scored == floor || double.Parse(text, CultureInfo.InvariantCulture) != floor)
            {
                return text;
            }
        }

        return scored.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>One <c>--min-ndcg MODE=VALUE</c> floor.</summary>
    private readonly record struct QualityFloor(string Mode, double NdcgAt10)
    {
        public static bool TryParse(string text, out QualityFloor floor)
        {
            floor = default;
            var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2
                || parts[0] is not ("bm25" or "vector" or "hybrid")
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !(value >= 0 && value <= 1))
            {
                return false;
            }

            floor = new QualityFloor(parts[0], value + 0.0); // + 0.0 turns -0 into 0
            return true;
        }
    }

    private void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException ex)
        {
            error.WriteLine($"warning: could not delete {folder}: {ex.Message}");
        }
    }
}
