// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using System.Text;

namespace SalesCognition.Ingestion.Mlps.Internal;

/// <summary>
/// A CSV table (RFC 4180: comma separated, double quotes around fields that hold commas, quotes or line breaks,
/// a doubled quote inside a quoted field). Rows that cannot be read are kept apart as problems with their row
/// and line numbers, so one bad row never stops the good ones.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, List<CsvRow> rows, List<CsvProblem> problems)
    {
        Header = header;
        Rows = rows;
        Problems = problems;
    }

    /// <summary>The column names, trimmed, as written.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The rows that have as many fields as the header.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>The rows that could not be read.</summary>
    public IReadOnlyList<CsvProblem> Problems { get; }

    /// <summary>The index of a column, or -1.</summary>
    public int Column(string name)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads the first line of <paramref name="text"/> as a header, cheaply, for readers deciding whether to take a file.</summary>
    public static IReadOnlyList<string> PeekHeader(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var first = end < 0 ? text : text[..end];
        return first.TrimStart('\uFEFF').Split(',').Select(h => h.Trim().Trim('"').Trim()).ToList();
    }

    /// <summary>Parses the whole text; the first record is the header.</summary>
    public static CsvTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var records = new Scanner(text.TrimStart('\uFEFF')).ReadAll();
        if (records.Count == 0 || records[0].Error is not null)
        {
            return new CsvTable([], [], [new CsvProblem(0, 1, records.Count == 0 ? "the file is empty; a header row is expected." : records[0].Error!)]);
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        var rows = new List<CsvRow>();
        var problems = new List<CsvProblem>();
        for (var i = 1; i < records.Count; i++)
        {
            var record = records[i];
            if (record.Error is not null)
            {
                problems.Add(new CsvProblem(i, record.Line, record.Error));
            }
            else if (record.Fields.Count != header.Count)
            {
                problems.Add(new CsvProblem(
                    i,
                    record.Line,
                    string.Create(CultureInfo.InvariantCulture, $"{record.Fields.Count} fields where the header has {header.Count}.")));
            }
            else
            {
                rows.Add(new CsvRow(i, record.Line, record.Fields));
            }
        }

        return new CsvTable(header, rows, problems);
    }

    private sealed record Record(int Line, List<string> Fields, string? Error);

    /// <summary>Splits text into records; a blank line is skipped, an unterminated quote ends the text as one bad record.</summary>
    private sealed class Scanner(string text)
    {
        private int _position;
        private int _line = 1;

        public List<Record> ReadAll()
        {
            var records = new List<Record>();
            while (_position < text.Length)
            {
                if (text[_position] is '\r' or '\n')
                {
                    SkipLineBreak();
                    continue;
                }

                records.Add(ReadRecord());
            }

            return records;
        }

        private Record ReadRecord()
        {
            var startLine = _line;
            var fields = new List<string>();
            string? error = null;
            while (true)
            {
                var (field, fieldError) = ReadField();
                fields.Add(field);
                error ??= fieldError;
                if (_position >= text.Length)
                {
                    break;
                }

                if (text[_position] == ',')
                {
                    _position++;
                    continue;
                }

                SkipLineBreak();
                break;
            }

            return new Record(startLine, fields, error);
        }

        private (string Field, string? Error) ReadField()
        {
            if (_position < text.Length && text[_position] == '"')
            {
                return ReadQuoted();
            }

            var start = _position;
            string? error = null;
            while (_position < text.Length && text[_position] is not (',' or '\r' or '\n'))
            {
                if (text[_position] == '"')
                {
                    error ??= string.Create(CultureInfo.InvariantCulture, $"a double quote inside an unquoted field on line {_line}.");
                }

                _position++;
            }

            return (text[start.._position], error);
        }

        private (string Field, string? Error) ReadQuoted()
        {
            var openedOn = _line;
            _position++;
            var builder = new StringBuilder();
            while (_position < text.Length)
            {
                var c = text[_position++];
                if (c == '"')
                {
                    if (_position < text.Length && text[_position] == '"')
                    {
                        builder.Append('"');
                        _position++;
                        continue;
                    }

                    return (builder.ToString(), TrailingAfterQuote());
                }

                if (c == '\n')
                {
                    _line++;
                }

                builder.Append(c);
            }

            return (builder.ToString(), string.Create(CultureInfo.InvariantCulture, $"the quote opened on line {openedOn} is never closed."));
        }

        // Text between a closing quote and the next separator is kept but reported: the row is probably mangled.
        private string? TrailingAfterQuote()
        {
            var start = _position;
            while (_position < text.Length && text[_position] is not (',' or '\r' or '\n'))
            {
                _position++;
            }

            return _position == start
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"text after a closing quote on line {_line}.");
        }

        private void SkipLineBreak()
        {
            if (_position < text.Length && text[_position] == '\r')
            {
                _position++;
            }

            if (_position < text.Length && text[_position] == '\n')
            {
                _position++;
            }

            _line++;
        }
    }
}
