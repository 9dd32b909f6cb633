// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;

namespace SalesCognition.Ingestion.Mlps.Internal;

/// <summary>
/// Attaches remediation rows to requirement items of one level by their text. Texts are compared normalised
/// (<see cref="MlpsText.Normalize"/>) by bigram similarity; a pair must reach <see cref="Threshold"/>. Pairs are
/// taken best first and each row and each item is used once, so that two rows differing in one word
/// (完整性 / 保密性) do not both land on the item one of them matches exactly. A pair in the same layer and
/// control point is preferred over an equally good one elsewhere.
/// </summary>
internal static class RemediationMatcher
{
    public const double Threshold = 0.75;

    private const double SamePlaceBonus = 0.1;

    public static (IReadOnlyList<RemediationMatch> Matches, IReadOnlyList<(RemediationRow Row, string Reason)> Unmatched) Match(
        IReadOnlyList<RemediationRow> rows,
        IReadOnlyList<MlpsItem> items,
        int level)
    {
        var candidates = items
            .Where(i => i.Levels.Contains(level))
            .Select(i => (Item: i, Text: MlpsText.Normalize(i.Requirement)))
            .ToList();
        var pairs = new List<(double Rank, double Similarity, RemediationRow Row, MlpsItem Item)>();
        foreach (var row in rows)
        {
            var text = MlpsText.Normalize(row.Requirement);
            foreach (var (item, itemText) in candidates)
            {
                var similarity = MlpsText.Similarity(text, itemText);
                if (similarity >= Threshold)
                {
                    var samePlace = item.Layer == row.Layer.Trim() && item.ControlPoint == row.ControlPoint.Trim();
                    pairs.Add((similarity + (samePlace ? SamePlaceBonus : 0), similarity, row, item));
                }
            }
        }

        var rowsTaken = new HashSet<int>();
        var itemsTaken = new Dictionary<string, int>(StringComparer.Ordinal);
        var matches = new List<RemediationMatch>();
        foreach (var pair in pairs.OrderByDescending(p => p.Rank).ThenBy(p => p.Row.Row).ThenBy(p => p.Item.Row))
        {
            if (!rowsTaken.Contains(pair.Row.Row) && !itemsTaken.ContainsKey(pair.Item.Code))
            {
                rowsTaken.Add(pair.Row.Row);
                itemsTaken.Add(pair.Item.Code, pair.Row.Row);
                matches.Add(new RemediationMatch(pair.Row, pair.Item, pair.Similarity));
            }
        }

        var unmatched = rows.Where(r => !rowsTaken.Contains(r.Row))
            .Select(r => (r, Reason(r, items, candidates.Select(c => c.Item).ToList(), itemsTaken, level)))
            .ToList();
        return ([.. matches.OrderBy(m => m.Row.Row)], unmatched);
    }

    private static string Reason(
        RemediationRow row,
        IReadOnlyList<MlpsItem> all,
        List<MlpsItem> ofLevel,
        Dictionary<string, int> taken,
        int level)
    {
        var text = MlpsText.Normalize(row.Requirement);
        var best = all.Select(i => (Item: i, Similarity: MlpsText.Similarity(text, MlpsText.Normalize(i.Requirement))))
            .OrderByDescending(x => x.Similarity)
            .FirstOrDefault();
        var layer = row.Layer.Trim();
        string Format(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

        if (best.Item is not null && best.Similarity >= Threshold && !best.Item.Levels.Contains(level))
        {
            var levels = string.Join(",", best.Item.Levels);
            return Format($"its text matches item {best.Item.Code} (similarity {best.Similarity:F2}), ") +
                Format($"which applies at level(s) {levels}, not at level {level}.");
        }

        if (best.Item is not null && best.Similarity >= Threshold && taken.TryGetValue(best.Item.Code, out var other))
        {
            return Format($"its closest item {best.Item.Code} (similarity {best.Similarity:F2}) ") +
                Format($"is already taken by row {other}, whose layer and control point fit it; ") +
                "the row looks like a mislabelled copy.";
        }

        if (layer.Length > 0 && !MlpsNames.GeneralLayers.Contains(layer))
        {
            return Format($"layer '{layer}' is not a layer of GB/T 22239-2019 and no level-{level} item has ") +
                "a similar text; the row is probably not an MLPS requirement item.";
        }

        if (layer.Length > 0 && !all.Any(i => i.Layer == layer && i.Extension == MlpsNames.General))
        {
            return Format($"the requirement table has no general items in layer {layer} ") +
                "(a known gap of the data), so nothing can take the row.";
        }

        var closest = ofLevel.Select(i => (Item: i, Similarity: MlpsText.Similarity(
            text,
            MlpsText.Normalize(i.Requirement))))
            .OrderByDescending(x => x.Similarity)
            .FirstOrDefault();
        return closest.Item is null
            ? Format($"the requirement table has no level-{level} items.")
            : Format($"no level-{level} item has a similar text (closest {closest.Item.Code}, ") +
                Format($"similarity {closest.Similarity:F2} < {Threshold:F2}); ") +
                "the row is probably not an MLPS requirement item.";
    }
}
