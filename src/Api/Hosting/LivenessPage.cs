// Copyright (c) SalesCognition. All rights reserved.

using System.Reflection;

namespace SalesCognition.Api.Hosting;

/// <summary>
/// Serves the knowledge manager's page at <c>/</c>: three static files embedded in the assembly (no build step,
/// nothing fetched at run time). The page calls the JSON transcoding of <c>LivenessService</c>.
/// </summary>
internal static class LivenessPage
{
    private static readonly (string Path, string Resource, string ContentType)[] Files =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/liveness.js", "liveness.js", "text/javascript; charset=utf-8"),
        ("/liveness.css", "liveness.css", "text/css; charset=utf-8"),
    ];

    public static WebApplication MapLivenessPage(this WebApplication app)
    {
        foreach (var (path, resource, contentType) in Files)
        {
            var bytes = Read(resource);
            app.MapGet(path, () => Results.Bytes(bytes, contentType));
        }

        return app;
    }

    private static byte[] Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SalesCognition.Api.Web." + resource)
            ?? throw new InvalidOperationException($"The page resource '{resource}' is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
