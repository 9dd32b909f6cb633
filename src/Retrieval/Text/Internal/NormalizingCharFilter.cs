// Copyright (c) SalesCognition. All rights reserved.

using Lucene.Net.Analysis.CharFilters;

namespace SalesCognition.Retrieval.Text.Internal;

/// <summary>
/// A char filter that applies <see cref="TextNormalizer"/> to the whole field value and keeps
/// token offsets pointing into the original text.
/// </summary>
/// <remarks>The value is read whole: entries are chunks and queries are short, so this stays small.</remarks>
internal sealed class NormalizingCharFilter : BaseCharFilter
{
    private string? _normalized;
    private int _position;

    public NormalizingCharFilter(TextReader input)
        : base(input)
    {
    }

    public override int Read()
    {
        string normalized = EnsureNormalized();
        return _position < normalized.Length ? normalized[_position++] : -1;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);

        string normalized = EnsureNormalized();
        int available = Math.Min(count, normalized.Length - _position);
        if (available <= 0)
        {
            return count == 0 ? 0 : -1;
        }

        normalized.CopyTo(_position, buffer, index, available);
        _position += available;
        return available;
    }

    private string EnsureNormalized()
    {
        if (_normalized is null)
        {
            // Lucene's reusable string reader answers null rather than "" for an empty value.
            string? original = m_input.ReadToEnd();
            original ??= string.Empty;
            _normalized = TextNormalizer.Normalize(original, AddOffCorrectMap);
        }

        return _normalized;
    }
}
