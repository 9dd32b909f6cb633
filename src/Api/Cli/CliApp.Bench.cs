// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command BenchCommand()
    {
        var command = new Command("bench", "Measure the latency of a feature on generated data.");
        command.Subcommands.Add(BenchMatchCommand());
        command.Subcommands.Add(BenchGapCommand());
        command.Subcommands.Add(BenchLedgerCommand());
        command.Subcommands.Add(BenchSearchCommand());
        return command;
    }
}
