// Copyright (c) SalesCognition. All rights reserved.

using System.Diagnostics;
using SalesCognition.Testing;

namespace SalesCognition.EndToEnd.Tests.Consistency;

/// <summary>Runs the built command line (<c>dotnet SalesCognition.Api.dll ...</c>) as a real child process.</summary>
internal static class CliProcess
{
    public static string ApiDll { get; } = FindApiDll();

    public static Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add(ApiDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    /// <summary>Runs to the end and returns the exit code and both outputs.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return (process.ExitCode, await output, await error);
    }

    private static string FindApiDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "SalesCognition.Api.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        // The test folder is bin/<Configuration>/<tfm>/; the Api project builds to the same relative folder.
        var relative = Path.GetRelativePath(
            Path.Combine(RepositoryPaths.Root, "tests", "EndToEnd.Tests"),
            AppContext.BaseDirectory);
        var built = Path.Combine(RepositoryPaths.Root, "src", "Api", relative, "SalesCognition.Api.dll");
        return File.Exists(built)
            ? built
            : throw new InvalidOperationException(
                $"SalesCognition.Api.dll is neither in {AppContext.BaseDirectory} nor at {built}.");
    }
}
