// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;

namespace SalesCognition.Api.Cli;

/// <summary>
/// The command line: <c>ingest</c>, <c>search</c>, <c>serve</c> and <c>demo</c>, with the global <c>--data</c>.
/// </summary>
internal sealed partial class CliApp(TextWriter output, TextWriter error)
{
    /// <summary>Exit code when everything worked.</summary>
    public const int Success = 0;

    /// <summary>Exit code on a fatal error (bad configuration, unreadable store).</summary>
    public const int Fatal = 1;

    /// <summary>Exit code when some sources of a batch failed.</summary>
    public const int PartialFailure = 2;

    private readonly Option<string?> _data = new("--data")
    {
        Description = "The data folder (default: $SALESCOG_DATA, else .salescog under the current directory).",
        Recursive = true,
    };

    private readonly Option<bool> _verbose = new("--verbose", "-v")
    {
        Description = "Log progress details to standard error.",
        Recursive = true,
    };

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("SalesCognition: a knowledge graph with text and vector search for sales teams.");
        root.Options.Add(_data);
        root.Options.Add(_verbose);
        root.Subcommands.Add(IngestCommand());
        root.Subcommands.Add(SearchCommand());
        root.Subcommands.Add(ServeCommand());
        root.Subcommands.Add(DemoCommand());
        root.Subcommands.Add(GapCommand());
        root.Subcommands.Add(RemoveCommand());
        root.Subcommands.Add(CheckCommand());
        root.Subcommands.Add(WatchCommand());
        root.Subcommands.Add(MatchCommand());
        root.Subcommands.Add(BenchCommand());
        LivenessCommands().ToList().ForEach(root.Subcommands.Add);
        root.Subcommands.Add(ReviewCommand());
        root.Subcommands.Add(FactsCommand());
        root.Subcommands.Add(EvalCommand());
        root.Subcommands.Add(ReindexCommand());

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
