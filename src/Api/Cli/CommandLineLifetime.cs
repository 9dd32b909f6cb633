// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Api.Cli;

/// <summary>
/// The host lifetime of a command-line run: it leaves Ctrl+C and SIGTERM to the command line, which cancels the
/// running command's token. (The default console lifetime would swallow the signal to stop the host, while the
/// command's work, such as embedding a corpus, went on.)
/// </summary>
internal sealed class CommandLineLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
