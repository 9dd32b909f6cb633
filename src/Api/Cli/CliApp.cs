// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Runtime.InteropServices;

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

    /// <summary>Exit code of <c>eval</c> when a mode scored below a floor given with <c>--min-ndcg</c>.</summary>
    public const int BelowQualityFloor = 3;

    /// <summary>Exit code of a run stopped by Ctrl+C or SIGTERM (128 + SIGINT), after it cleaned up.</summary>
    public const int Interrupted = 130;

    /// <summary>How long a stopped command may take to clean up before the process ends anyway.</summary>
    private static readonly TimeSpan s_stopGrace = TimeSpan.FromSeconds(15);

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

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
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

        // Ctrl+C and SIGTERM cancel the running command's token; it reports and cleans up (see GuardAsync).
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            ProcessTerminationTimeout = s_stopGrace,
        };
        // Ctrl+C (SIGINT) and SIGTERM (as a service manager sends it) cancel the run's token; the command reports and
        // ends its own way. Registered here as well as by the command line, which misses SIGINT in some parents.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            try
            {
                stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The signal came as the run ended (its handler runs on its own thread): nothing is left to stop.
            }
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var parsed = root.Parse(args);
        if (parsed.Action is not ParseErrorAction)
        {
            return await parsed.InvokeAsync(configuration, stop.Token);
        }

        // A mistyped command line gets its errors and a pointer to the help on standard error; standard output stays
        // empty, so a script that reads it (--json) never parses a help page.
        foreach (var problem in parsed.Errors)
        {
            await error.WriteLineAsync(ExplainParseError(problem.Message));
        }

        await error.WriteLineAsync();
        await error.WriteLineAsync($"see '{HelpCommandLine(parsed)}--help' for the usage");
        return Fatal;
    }

    private static string HelpCommandLine(ParseResult parsed)
    {
        var names = new List<string>();
        for (var command = parsed.CommandResult; command?.Command is not (null or RootCommand); command = command.Parent as CommandResult)
        {
            names.Insert(0, command.Command.Name + " ");
        }

        return string.Concat(names);
    }
}
