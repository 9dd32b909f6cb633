// Copyright (c) SalesCognition. All rights reserved.

using System.Text;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Crm.Internal;

/// <summary>
/// A CSV table (RFC 4180: comma separated, double-quoted fields may hold commas, quotes and line breaks)
/// with its header; each row keeps the line it starts on, for messages.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        Header = header;
        Rows = rows;
        _columns = header.Select((name, i) => (name, i))
            .DistinctBy(c => c.name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(c => c.name, c => c.i, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public bool Has(params string[] columns) => columns.All(_columns.ContainsKey);

    public int Column(string name) => _columns.TryGetValue(name, out var index) ? index : -1;

    /// <summary>The header line only (cheap: for deciding whether a reader takes the file).</summary>
    public static IReadOnlyList<string> ReadHeader(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var line = (end < 0 ? text : text[..end]).TrimEnd('\r');
        return [.. line.Split(',').Select(h => h.Trim().Trim('"').Trim())];
    }

    public static CsvTable Parse(string path, string text)
    {
        var records = Records(path, text);
        if (records.Count == 0)
        {
            throw new SourceFormatException($"{path}: line 1: the file is empty; a header row is expected.");
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        var rows = records.Skip(1)
            .Where(r => !(r.Fields.Count == 1 && r.Fields[0].Length == 0))
            .Select(r => new CsvRow(r.Line, r.Fields))
            .ToList();
        return new CsvTable(header, rows);
    }

    private static List<(int Line, List<string> Fields)> Records(string path, string text)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((recordLine, fields));
                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw new SourceFormatException($"{path}: line {recordLine}: a quoted field is not closed before the end of the file.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }

        return records;
    }
}
