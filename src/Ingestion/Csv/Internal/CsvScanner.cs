// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text;

namespace SalesCognition.Ingestion.Csv.Internal;

/// <summary>
/// Splits CSV text (RFC 4180) into records one at a time: fields separated by commas, records by CRLF, LF or CR;
/// a field in double quotes may hold commas, line breaks and doubled quotes. A leading UTF-8 byte order mark and
/// blank lines are skipped. A malformed record comes back with its error and scanning carries on after it.
/// </summary>
internal sealed class CsvScanner
{
    private readonly string _text;
    private int _position;
    private int _line = 1;
    private int _row;

    public CsvScanner(string text)
    {
        _text = text;
        _position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    /// <summary>Reads the next record, or returns null at the end of the text.</summary>
    public CsvRecord? Next()
    {
        while (_position < _text.Length && IsLineBreak(_text[_position]))
        {
            SkipLineBreak();
        }

        if (_position >= _text.Length)
        {
            return null;
        }

        var line = _line;
        var fields = new List<string>();
        string? error = null;
        fields.Add(ReadField(ref error));
        while (_position < _text.Length && _text[_position] == ',')
        {
            _position++;
            fields.Add(ReadField(ref error));
        }

        if (_position < _text.Length)
        {
            SkipLineBreak();
        }

        _row++;
        return new CsvRecord(_row, line, fields, error);
    }

    private static bool IsLineBreak(char c) => c is '\r' or '\n';

    private string ReadField(ref string? error)
    {
        if (_position < _text.Length && _text[_position] == '"')
        {
            return ReadQuoted(ref error);
        }

        var start = _position;
        while (_position < _text.Length && _text[_position] != ',' && !IsLineBreak(_text[_position]))
        {
            if (_text[_position] == '"')
            {
                error ??= Invariant($"a double quote inside an unquoted field on line {_line}.");
            }

            _position++;
        }

        return _text[start.._position];
    }

    private string ReadQuoted(ref string? error)
    {
        var (openedAt, openedOn) = (_position, _line);
        _position++;
        var builder = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"' && _position < _text.Length && _text[_position] == '"')
            {
                builder.Append('"');
                _position++;
                continue;
            }

            if (c == '"')
            {
                SkipTextAfterClosingQuote(ref error);
                return builder.ToString();
            }

            // CRLF inside a field counts once, at its LF.
            if (c == '\n' || (c == '\r' && (_position >= _text.Length || _text[_position] != '\n')))
            {
                _line++;
            }

            builder.Append(c);
        }

        error ??= Invariant($"the quote opened on line {openedOn} is never closed.");

        // Resume on the line after the opening quote: what follows is far more likely good records than the rest
        // of one endless field, and this way they still come through.
        (_position, _line) = (openedAt, openedOn);
        while (_position < _text.Length && !IsLineBreak(_text[_position]))
        {
            _position++;
        }

        return "";
    }

    private void SkipTextAfterClosingQuote(ref string? error)
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] != ',' && !IsLineBreak(_text[_position]))
        {
            _position++;
        }

        if (_position > start)
        {
            error ??= Invariant($"text after a closing quote on line {_line}.");
        }
    }

    private void SkipLineBreak()
    {
        if (_position < _text.Length && _text[_position] == '\r')
        {
            _position++;
        }

        if (_position < _text.Length && _text[_position] == '\n')
        {
            _position++;
        }

        _line++;
    }

    private static string Invariant(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
