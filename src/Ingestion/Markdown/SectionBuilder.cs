// Copyright (c) SalesCognition. All rights reserved.

using System.Text;
using SalesCognition.Graph.Model;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Markdown;

/// <summary>Gathers text blocks under the current heading path into sections, one per heading.</summary>
internal sealed class SectionBuilder(string entryKind, string title)
{
    private readonly List<(int Level, string Text)> _headings = [];
    private readonly List<ParsedSection> _sections = [];
    private readonly StringBuilder _text = new();
    private int _start = -1;
    private int _end = -1;

    public IReadOnlyList<ParsedSection> Sections
    {
        get
        {
            Flush();
            return _sections;
        }
    }

    public string? FirstHeading => _headings.Count > 0 ? _headings[0].Text : null;

    public void Heading(int level, string text, int start, int end)
    {
        Flush();
        _headings.RemoveAll(h => h.Level >= level);
        _headings.Add((level, text));
        Extend(start, end);
        _text.Append(text).Append('\n');
    }

    public void Text(string text, int start, int end)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        Extend(start, end);
        _text.Append(text).Append('\n');
    }

    private void Extend(int start, int end)
    {
        if (_start < 0 || start < _start)
        {
            _start = start;
        }

        _end = Math.Max(_end, end);
    }

    private void Flush()
    {
        var text = _text.ToString().Trim();
        var headingOnly = _headings.Count > 0 && text == _headings[^1].Text;
        if (text.Length > 0 && !headingOnly)
        {
            _sections.Add(new ParsedSection(
                entryKind,
                title,
                [.. _headings.Select(h => h.Text)],
                text,
                SourceLocator.Range(_start, _end)));
        }

        _text.Clear();
        _start = -1;
        _end = -1;
    }
}
