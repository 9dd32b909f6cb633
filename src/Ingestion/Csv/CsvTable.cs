// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Ingestion.Csv.Internal;

namespace SalesCognition.Ingestion.Csv;

/// <summary>
/// A CSV table (RFC 4180) with its header. Records that cannot be read (a quote never closed, text after a closing
/// quote, a quote inside an unquoted field, a field count other than the header's) are kept apart as problems with
/// their row and line, so one bad record never stops the good ones.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows, IReadOnlyList<CsvProblem> problems)
    {
        Header = header;
        Rows = rows;
        Problems = problems;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(header[i], i);
        }
    }

    /// <summary>The column names, trimmed; empty when the header itself could not be read.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The well-formed data rows, in file order.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>The records that could not be read, in file order; one for row 1 when there is no header.</summary>
    public IReadOnlyList<CsvProblem> Problems { get; }

    /// <summary>The index of the first column of that name (case aside), or -1.</summary>
    public int Column(string name) => _columns.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Whether the header has all of these columns (case aside).</summary>
    public bool Has(params string[] columns) => columns.All(_columns.ContainsKey);

    /// <summary>
    /// The column names of the first record only, trimmed (empty when it is malformed): cheap, for readers deciding
    /// whether to take a file.
    /// </summary>
    public static IReadOnlyList<string> PeekHeader(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return new CsvScanner(text).Next() is { Error: null } header ? Trimmed(header.Fields) : [];
    }

    /// <summary>Parses the whole text; the first record is the header.</summary>
    public static CsvTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var scanner = new CsvScanner(text);
        var first = scanner.Next();
        if (first is null || first.Error is not null)
        {
            var problem = first is null
                ? new CsvProblem(1, 1, "the file is empty; a header row is expected.")
                : new CsvProblem(first.Row, first.Line, first.Error!);
            return new CsvTable([], [], [problem]);
        }

        var header = Trimmed(first.Fields);
        var rows = new List<CsvRow>();
        var problems = new List<CsvProblem>();
        for (var record = scanner.Next(); record is not null; record = scanner.Next())
        {
            if (record.Error is not null)
            {
                problems.Add(new CsvProblem(record.Row, record.Line, record.Error));
            }
            else if (record.Fields.Count != header.Length)
            {
                problems.Add(new CsvProblem(record.Row, record.Line, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{record.Fields.Count} fields where the header has {header.Length}.")));
            }
            else
            {
                rows.Add(new CsvRow(record.Row, record.Line, record.Fields));
            }
        }

        return new CsvTable(header, rows, problems);
    }

    private static string[] Trimmed(IReadOnlyList<string> fields) => [.. fields.Select(f => f.Trim())];
}
