// Copyright (c) SalesCognition. All rights reserved.

using Microsoft.AspNetCore.Server.Kestrel.Core;
using SalesCognition.Api.Grpc;
using SalesCognition.Retrieval.Search;

namespace SalesCognition.Api.Hosting;

/// <summary>Builds the gRPC server: services, JSON transcoding, reflection and health, on one port per URL.</summary>
internal static class ServerHost
{
    public static WebApplication Build(
        string[] urls,
        string? dataDirectory,
        bool verbose,
        Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Cleartext HTTP/2 is recognised by its preface and reported as if negotiated; the request keeps "http".
            kestrel.AllowAlternateSchemes = true;
            foreach (var url in urls)
            {
                var uri = new Uri(url);
                var addresses = uri.Host is "localhost" ? [System.Net.IPAddress.Loopback] : new[]
                {
                    System.Net.IPAddress.Parse(uri.Host),
                };
                foreach (var address in addresses)
                {
                    kestrel.Listen(address, uri.Port, listen =>
                    {
                        listen.Protocols = HttpProtocols.Http1AndHttp2;
                        listen.Use(next => connection => CleartextHttp2Detection.DetectAsync(
                            connection,
                            () => next(connection)));
                    });
                }
            }
        });

        builder.Services.AddSalesCognition(
            builder.Configuration,
            SalesCognitionServices.ResolveDataDirectory(dataDirectory));
        builder.Services.AddGrpc(o => o.EnableDetailedErrors = builder.Environment.IsDevelopment())
            .AddJsonTranscoding(o =>
            {
                o.JsonSettings.IgnoreDefaultValues = false;

                // Error details (google.rpc.BadRequest) are packed in Any; the serializer must know their type.
                o.TypeRegistry = Google.Protobuf.Reflection.TypeRegistry.FromMessages(Google.Rpc.BadRequest.Descriptor);
            });
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks().AddCheck(
            "stores",
            () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy());
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapGrpcService<KnowledgeGrpcService>();
        app.MapGrpcService<ProposalGrpcService>();
        app.MapGrpcService<CaseMatchGrpcService>();
        app.MapGrpcService<LivenessGrpcService>();
        app.MapLivenessPage();
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();

        // Once started (configuration and ontology validated), open the search stores rather than at the first
        // search: start-up then reports a damaged file and trims an over-budget token-vector cache, and the first
        // caller does not wait for the opening.
        app.Lifetime.ApplicationStarted.Register(() => _ = app.Services.GetRequiredService<HybridSearcher>());
        return app;
    }
}
