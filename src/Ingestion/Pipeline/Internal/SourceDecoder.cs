// Copyright (c) SalesCognition. All rights reserved.

using System.Text;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Pipeline.Internal;

/// <summary>
/// Turns a source's bytes into text: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark,
/// or, when configured, a legacy fallback encoding such as GB18030; anything else is a clear error.
/// </summary>
internal static class SourceDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(
        bigEndian: false,
        byteOrderMark: false,
        throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(
        bigEndian: true,
        byteOrderMark: false,
        throwOnInvalidBytes: true);

    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; the byte-order mark, if any, is not part of the text.</summary>
    /// <exception cref="SourceFormatException">The bytes are binary or not text in a supported encoding.</exception>
    public static string Decode(string path, byte[] bytes, string? fallbackEncoding = null)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return DecodeUtf16(path, bytes);
        }

        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
        {
            throw new SourceFormatException($"{path}: the file is binary (it holds NUL bytes), not text.");
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException ex) when (fallbackEncoding is not null)
        {
            return DecodeFallback(path, bytes, fallbackEncoding, ex.Index);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SourceFormatException(
                $"{path}: not valid UTF-8 (byte offset {ex.Index}). Convert the file to UTF-8, or set " +
                "Ingestion:FallbackEncoding (for example gb18030) if your files use a legacy encoding.",
                ex);
        }
    }

    /// <summary>Whether <paramref name="name"/> is an encoding this process can decode.</summary>
    public static bool IsKnownEncoding(string name)
    {
        try
        {
            _ = Encoding.GetEncoding(name);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string DecodeUtf16(string path, byte[] bytes)
    {
        var encoding = bytes[0] == 0xFF ? StrictUtf16Le : StrictUtf16Be;
        try
        {
            return encoding.GetString(bytes, 2, bytes.Length - 2);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SourceFormatException(
                $"{path}: not valid UTF-16 after its byte-order mark (byte offset {ex.Index + 2}).",
                ex);
        }
    }

    private static string DecodeFallback(string path, byte[] bytes, string fallbackEncoding, int utf8ErrorOffset)
    {
        var encoding = (Encoding)Encoding.GetEncoding(fallbackEncoding).Clone();
        encoding.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SourceFormatException(
                $"{path}: neither UTF-8 (byte offset {utf8ErrorOffset}) nor {fallbackEncoding} (byte offset {ex.Index}).",
                ex);
        }
    }
}
