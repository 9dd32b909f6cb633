// Copyright (c) SalesCognition. All rights reserved.

using System.Buffers;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.AspNetCore.Http.Features;

namespace SalesCognition.Api.Hosting;

/// <summary>
/// Lets one cleartext port serve both gRPC (HTTP/2 with prior knowledge) and JSON transcoding (HTTP/1.1).
/// Without TLS there is no ALPN, and Kestrel falls back to HTTP/1.1 on a mixed endpoint; this connection
/// middleware reads the first bytes, and when they are the HTTP/2 connection preface it reports "h2" the way
/// ALPN would. The bytes are not consumed, so the HTTP layer reads them again.
/// </summary>
internal static class CleartextHttp2Detection
{
    private static readonly byte[] Preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"u8.ToArray();

    public static async Task DetectAsync(ConnectionContext connection, Func<Task> next)
    {
        var cleartext = connection.Features.Get<ITlsConnectionFeature>() is null;
        if (cleartext && await StartsWithPrefaceAsync(connection.Transport.Input, connection.ConnectionClosed))
        {
            var negotiated = new NegotiatedHttp2();
            connection.Features.Set<ITlsApplicationProtocolFeature>(negotiated);
            connection.Features.Set<ITlsConnectionFeature>(negotiated);
        }

        await next();
    }

    private static async Task<bool> StartsWithPrefaceAsync(
        System.IO.Pipelines.PipeReader input,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await input.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            var length = (int)Math.Min(buffer.Length, Preface.Length);
            var head = buffer.Slice(0, length).ToArray();
            var matches = head.AsSpan().SequenceEqual(Preface.AsSpan(0, length));
            if (!matches || length == Preface.Length || result.IsCompleted)
            {
                // Leave every byte unread for the HTTP layer.
                input.AdvanceTo(buffer.Start);
                return matches && length == Preface.Length;
            }

            input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Stands in for the ALPN result of a TLS handshake; there is no certificate.</summary>
    private sealed class NegotiatedHttp2 : ITlsApplicationProtocolFeature, ITlsConnectionFeature
    {
        public ReadOnlyMemory<byte> ApplicationProtocol => "h2"u8.ToArray();

        public X509Certificate2? ClientCertificate { get; set; }

        public Task<X509Certificate2?> GetClientCertificateAsync(CancellationToken cancellationToken) =>
            Task.FromResult<X509Certificate2?>(null);
    }
}
