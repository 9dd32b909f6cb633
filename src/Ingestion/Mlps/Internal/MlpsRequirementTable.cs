// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Ingestion.Csv;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Mlps.Internal;

/// <summary>
/// The requirement table (<c>id, category, layer, control_point, requirement, L1, L2, L3, L4</c>) read into items.
/// Bad rows are reported with their row number and left out; the known defects of the data are reported as
/// warnings, never repaired.
/// </summary>
internal sealed class MlpsRequirementTable
{
    public static readonly string[] Columns = ["id", "category", "layer", "control_point", "requirement", "L1", "L2", "L3", "L4"];

    private MlpsRequirementTable(List<MlpsItem> items, List<IngestionWarning> warnings)
    {
        Items = items;
        Warnings = warnings;
    }

    public IReadOnlyList<MlpsItem> Items { get; }

    public IReadOnlyList<IngestionWarning> Warnings { get; }

    /// <summary>Whether a header names the requirement table's columns.</summary>
    public static bool HasHeader(IReadOnlyList<string> header) =>
        Columns.All(c => header.Contains(c, StringComparer.OrdinalIgnoreCase));

    /// <exception cref="SourceFormatException">The header lacks a column.</exception>
    public static MlpsRequirementTable Read(string path, string text)
    {
        var table = CsvTable.Parse(text);
        var columns = Columns.Select(c => (Name: c, Index: table.Column(c))).ToList();
        if (columns.FirstOrDefault(c => c.Index < 0) is { Name: not null } missing)
        {
            throw new SourceFormatException(
                $"{path}: line 1: the header has no '{missing.Name}' column; expected {string.Join(", ", Columns)}.");
        }

        var warnings = table.Problems.Select(Skipped).ToList();
        var items = new List<MlpsItem>();
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var item = ReadRow(row, columns.Select(c => c.Index).ToArray(), warnings);
            if (item is null)
            {
                continue;
            }

            if (!codes.Add(item.Code))
            {
                warnings.Add(new IngestionWarning(
                    RowLocation(row),
                    $"id '{item.Code}' is used by an earlier row; this row was skipped."));
                continue;
            }

            items.Add(item);
        }

        ReportDefects(items, warnings);
        return new MlpsRequirementTable(items, warnings);
    }

    public static string RowLocation(int row, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"row {row} (line {line})");

    /// <summary>
    /// The MLPS readers number data rows from 1 (the header is row 0, one less than the CSV parser's row): that number
    /// is stored in locators (<c>rows/N</c>) and in <c>row</c> properties, so it must not shift.
    /// </summary>
    public static int DataRow(int csvRow) => csvRow - 1;

    public static string RowLocation(CsvRow row) => RowLocation(DataRow(row.Row), row.Line);

    /// <summary>A record the parser could not take, as a warning at its data row.</summary>
    public static IngestionWarning Skipped(CsvProblem problem) =>
        new(RowLocation(DataRow(problem.Row), problem.Line), $"{problem.Message} The row was skipped.");

    private static MlpsItem? ReadRow(CsvRow row, int[] index, List<IngestionWarning> warnings)
    {
        var location = RowLocation(row);
        string Field(int i) => row.Fields[index[i]].Trim();

        var code = Field(0);
        var requirement = Field(4);
        if (code.Length == 0 || requirement.Length == 0)
        {
            warnings.Add(new IngestionWarning(
                location,
                $"the '{(code.Length == 0 ? "id" : "requirement")}' field is empty; the row was skipped."));
            return null;
        }

        var extension = MlpsNames.ExtensionOf(Field(1));
        if (extension is null)
        {
            warnings.Add(new IngestionWarning(
                location,
                $"category '{Field(1)}' is not a category of GB/T 22239-2019; the row was skipped."));
            return null;
        }

        var levels = new List<int>();
        for (var level = 1; level <= 4; level++)
        {
            var flag = Field(4 + level);
            if (flag is not ("0" or "1" or ""))
            {
                warnings.Add(new IngestionWarning(
                    location,
                    $"column 'L{level}' is '{flag}'; expected 1 or 0. The row was skipped."));
                return null;
            }

            if (flag == "1")
            {
                levels.Add(level);
            }
        }

        if (levels.Count == 0)
        {
            warnings.Add(new IngestionWarning(
                location,
                $"item '{code}' applies at no level (L1-L4 are all 0); it is kept but no level requires it."));
        }

        foreach (var lookAlike in MlpsText.LookAlikesIn(requirement))
        {
            warnings.Add(new IngestionWarning(
                location,
                $"item '{code}': the requirement text has the OCR look-alike {lookAlike}; " +
                "kept as written, matched as the common character."));
        }

        return new MlpsItem(code, Field(1), extension, Field(2), Field(3), requirement, levels, DataRow(row.Row));
    }

    private static void ReportDefects(List<MlpsItem> items, List<IngestionWarning> warnings)
    {
        var general = items.Where(i => i.Extension == MlpsNames.General).ToList();
        if (general.Count == 0)
        {
            return;
        }

        foreach (var layer in MlpsNames.GeneralLayers.Where(l => !general.Any(i => i.Layer == l)))
        {
            warnings.Add(new IngestionWarning(
                "",
                $"the general requirements (安全通用要求) have no item in layer {layer}: " +
                "the table lacks that layer, so no level requires its items and a gap analysis cannot report them."));
        }

        var level3 = general.Count(i => i.Levels.Contains(3));
        if (level3 != MlpsNames.StandardLevel3GeneralItems)
        {
            warnings.Add(new IngestionWarning(
                "",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the table has {level3} general items at level 3; " +
                    $"GB/T 22239-2019 has {MlpsNames.StandardLevel3GeneralItems}. Level-3 counts follow the table.")));
        }

        foreach (var duplicate in items.GroupBy(i => (i.Extension, Text: MlpsText.Normalize(i.Requirement))).Where(g => g.Count() > 1))
        {
            var codes = string.Join(", ", duplicate.Select(i => i.Code));
            warnings.Add(new IngestionWarning("", $"items {codes} have the same requirement text; each is kept."));
        }
    }
}
