// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Api.Hosting;

namespace SalesCognition.Api.Cli;

/// <summary>Builds and starts the service container for one command-line run.</summary>
internal static class CliHost
{
    public static async Task<IHost> StartAsync(string? dataDirectory, bool verbose, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();

        // Standard output carries results (and JSON); logs go to standard error.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning);

        // A start-up failure (invalid options, say) reaches the command as an exception and is reported there in one
        // line; the host's own log of it would repeat it as a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", verbose ? LogLevel.Information : LogLevel.None);
        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();
        builder.Services.AddSalesCognition(
            builder.Configuration,
            SalesCognitionServices.ResolveDataDirectory(dataDirectory));

        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }
}
