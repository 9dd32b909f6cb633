// Copyright (c) SalesCognition. All rights reserved.

using System.CommandLine;
using SalesCognition.Api.Hosting;

namespace SalesCognition.Api.Cli;

internal sealed partial class CliApp
{
    private Command ServeCommand()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, separated by ';' (gRPC and JSON transcoding share each port).",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };

        var command = new Command("serve", "Serve gRPC (with reflection and health) and its JSON transcoding.")
        {
            urls,
        };
        command.SetAction((result, cancellationToken) => GuardAsync(async () =>
        {
            var list = (result.GetValue(urls) ?? "").Split(
                ';',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var url in list)
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "http"
                    || (uri.Host != "localhost" && !System.Net.IPAddress.TryParse(uri.Host, out _)))
                {
                    await error.WriteLineAsync($"--urls: '{url}' is not an http:// URL with an IP address or localhost and a port.");
                    return Fatal;
                }
            }

            await using var app = ServerHost.Build(list, result.GetValue(_data), result.GetValue(_verbose));
            await app.RunAsync(cancellationToken);
            return Success;
        }));
        return command;
    }
}
