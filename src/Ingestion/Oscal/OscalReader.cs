// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesCognition.Ingestion.Oscal.Internal;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Oscal;

/// <summary>
/// Reads NIST OSCAL JSON (catalogs, resolved baseline catalogs, profiles and component definitions) into
/// standards, controls, baselines and components, with one section per control or implemented requirement.
/// </summary>
/// <remarks>
/// Control node keys are the OSCAL ids normalised by <see cref="ControlIds.Normalize"/> (<c>ac-2.1</c>), so a
/// catalog, a baseline and a component definition that name the same control meet on one node.
/// Parameter inserts in prose are replaced by their values, selections or labels.
/// </remarks>
public sealed class OscalReader : ISourceReader
{
    private const int PeekChars = 4096;

    private static readonly string[] RootMembers = ["catalog", "profile", "component-definition"];

    private static readonly JsonReaderOptions PeekOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 128,
    };

    /// <inheritdoc />
    public string Name => "oscal";

    /// <summary>
    /// Takes a <c>.json</c> file whose root object has a <c>catalog</c>, <c>profile</c> or
    /// <c>component-definition</c> member, or any JSON when the kind <c>standard</c> is asked for.
    /// </summary>
    /// <param name="input">The source.</param>
    /// <returns>Whether this reader takes the source.</returns>
    public bool CanRead(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var hint = string.IsNullOrWhiteSpace(input.KindHint) ? SourceKinds.Auto : input.KindHint.Trim();
        var forced = hint.Equals(SourceKinds.Standard, StringComparison.OrdinalIgnoreCase);
        if ((!forced && !hint.Equals(
            SourceKinds.Auto,
            StringComparison.OrdinalIgnoreCase)) || !StartsLikeJson(input.Text))
        {
            return false;
        }

        return forced || (input.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && HasOscalRoot(input.Text));
    }

    /// <inheritdoc />
    public ParsedSource Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var json = new OscalJson(input.Path);
        using var document = Parse(input);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw json.Error(
                "$",
                "the root must be an object with a 'catalog', 'profile' or 'component-definition' member.");
        }

        var builder = new OscalSourceBuilder(input.SourceId);
        string title;
        if (root.TryGetProperty("catalog", out _))
        {
            title = new CatalogReader(json, builder).Read(json.RequiredObject(root, "catalog", "$"));
        }
        else if (root.TryGetProperty("profile", out _))
        {
            title = new ProfileReader(json, builder).Read(json.RequiredObject(root, "profile", "$"));
        }
        else if (root.TryGetProperty("component-definition", out _))
        {
            title = new ComponentDefinitionReader(json, builder)
                .Read(json.RequiredObject(root, "component-definition", "$"));
        }
        else
        {
            throw json.Error(
                "$",
                "no 'catalog', 'profile' or 'component-definition' member; this is not an OSCAL document the reader " +
                    "takes.");
        }

        return builder.Build(title);
    }

    private static JsonDocument Parse(SourceInput input)
    {
        try
        {
            return JsonDocument.Parse(input.Text, DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw new SourceFormatException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{input.Path}: malformed JSON at line {Position(exception.LineNumber)}, "
                    + $"byte {Position(exception.BytePositionInLine)}: {Reason(exception)}"),
                exception);
        }
    }

    // The parser counts from zero; people count lines and columns from one.
    private static string Position(long? zeroBased) =>
        zeroBased is { } value ? (value + 1).ToString(CultureInfo.InvariantCulture) : "?";

    // The parser's message ends with its own zero-based position, which would contradict ours.
    private static string Reason(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return (cut < 0 ? message : message[..cut]).Trim();
    }

    private static bool StartsLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c == '{';
            }
        }

        return false;
    }

    private static bool HasOscalRoot(string text)
    {
        if (text.Length > PeekChars)
        {
            // Most documents name their model first; only when the window cannot tell is the whole text scanned.
            var peek = PeekRoot(Encoding.UTF8.GetBytes(text[..PeekChars]), isFinalBlock: false);
            if (peek is not null)
            {
                return peek.Value;
            }
        }

        return PeekRoot(Encoding.UTF8.GetBytes(text), isFinalBlock: true) == true;
    }

    /// <summary>
    /// Whether the root object has an OSCAL model member; null when the bytes end before it is known.
    /// </summary>
    private static bool? PeekRoot(byte[] utf8, bool isFinalBlock)
    {
        var reader = new Utf8JsonReader(utf8, isFinalBlock, new JsonReaderState(PeekOptions));
        try
        {
            if (!reader.Read())
            {
                return isFinalBlock ? false : null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    return false;
                }

                if (IsRootMember(ref reader))
                {
                    return true;
                }

                if (!reader.TrySkip())
                {
                    return null;
                }
            }

            return isFinalBlock ? false : null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsRootMember(ref Utf8JsonReader reader)
    {
        foreach (var member in RootMembers)
        {
            if (reader.ValueTextEquals(member))
            {
                return true;
            }
        }

        return false;
    }
}
