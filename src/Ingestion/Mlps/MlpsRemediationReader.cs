// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Ingestion.Csv;
using SalesCognition.Ingestion.Mlps.Internal;
using SalesCognition.Ingestion.Oscal.Internal;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Mlps;

/// <summary>
/// Reads a table that maps MLPS 2.0 level-3 requirement items, by their text, to cloud-product remediation advice
/// (columns <c>id, requirement, layer, control_point</c> and one <c>*_remediation_advice</c> column, for example
/// <c>aliyun_remediation_advice</c>). Each row that matches an item becomes a <c>remediates</c> relation from the
/// cloud's Product to the item's Control, with the advice, the row number and the similarity as properties.
/// </summary>
/// <remarks>
/// The items are read from the requirement table in the same folder (a <c>.csv</c> whose header has the requirement
/// table's columns), so the match does not depend on which file is ingested first. Rows that match no item are
/// reported as warnings with their row number and the reason; their advice is still ingested as searchable text.
/// </remarks>
public sealed class MlpsRemediationReader : ISourceReader
{
    private const int Level = 3;
    private const string AdviceSuffix = "_remediation_advice";

    private static readonly string[] Columns = ["id", "requirement", "layer", "control_point"];

    /// <summary>Cloud vendors by the prefix of the advice column, with the seed Product each maps to.</summary>
    private static readonly Dictionary<string, string> Vendors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["aliyun"] = "Alibaba Cloud",
    };

    /// <summary>
    /// Products the advice names, found by their written name; kept on the relation as <c>products</c>.
    /// </summary>
    private static readonly string[] NamedProducts =
    [
        "云安全中心", "云防火墙", "Web应用防火墙", "DDoS高防", "DDoS原生防护", "堡垒机",
        "数据库审计", "日志服务", "操作审计", "云监控", "访问控制", "RAM", "VPC", "安全组",
        "负载均衡", "RDS", "OSS", "ECS", "SSL证书", "敏感数据保护", "配置审计", "漏洞扫描",
    ];

    /// <inheritdoc />
    public string Name => "mlps-remediation";

    /// <summary>
    /// Takes a <c>.csv</c> file whose header has <c>id, requirement, layer, control_point</c> and an advice column.
    /// </summary>
    /// <param name="input">The source.</param>
    /// <returns>Whether this reader takes the source.</returns>
    public bool CanRead(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        if (!MlpsCsv.IsCsv(input))
        {
            return false;
        }

        var header = CsvTable.PeekHeader(input.Text);
        return Columns.All(c => header.Contains(
            c,
            StringComparer.OrdinalIgnoreCase)) && AdviceColumn(header) is not null;
    }

    /// <inheritdoc />
    public ParsedSource Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var table = CsvTable.Parse(input.Text);
        var adviceColumn = AdviceColumn(table.Header)
            ?? throw new SourceFormatException($"{input.Path}: line 1: the header has no '*{AdviceSuffix}' column.");
        var builder = new OscalSourceBuilder(input.SourceId);
        builder.Warnings.AddRange(table.Problems.Select(MlpsRequirementTable.Skipped));

        var rows = ReadRows(input.Path, table, adviceColumn, builder);
        var vendor = Vendors.GetValueOrDefault(
            adviceColumn[..^AdviceSuffix.Length],
            adviceColumn[..^AdviceSuffix.Length]);
        var productId = builder.AddNode("Product", vendor, vendor, defines: false);
        var items = RequirementItems(input.Path, builder);
        var (matches, unmatched) = RemediationMatcher.Match(rows, items, Level);
        var fileName = Path.GetFileName(input.Path);

        foreach (var match in matches)
        {
            var controlId = builder.AddNode(OscalTypes.Control, match.Item.Key, match.Item.Requirement, defines: false);
            builder.AddRelation("remediates", productId, controlId, RelationProperties(match, fileName));
            AddSection(builder, match.Row, vendor, match.Item.Code, [productId, controlId]);
        }

        foreach (var (row, reason) in unmatched)
        {
            builder.Warn(
                MlpsRequirementTable.RowLocation(row.Row, row.Line),
                $"remediation row {row.Row} (id {row.Id}, {row.Layer} / {row.ControlPoint}) " +
                $"was not attached to any requirement item: {reason}");
            AddSection(builder, row, vendor, null, [productId]);
        }

        return builder.Build($"MLPS 2.0 level-{Level} remediation advice ({vendor})");
    }

    private static string? AdviceColumn(IReadOnlyList<string> header) =>
        header.FirstOrDefault(h => h.EndsWith(
            AdviceSuffix,
            StringComparison.OrdinalIgnoreCase) && h.Length > AdviceSuffix.Length);

    private static List<RemediationRow> ReadRows(
        string path,
        CsvTable table,
        string adviceColumn,
        OscalSourceBuilder builder)
    {
        var index = Columns.Select(table.Column).Append(table.Column(adviceColumn)).ToArray();
        if (index.Any(i => i < 0))
        {
            throw new SourceFormatException(
                $"{path}: line 1: the header must have the columns {string.Join(", ", Columns)}, {adviceColumn}.");
        }

        var rows = new List<RemediationRow>();
        foreach (var row in table.Rows)
        {
            var fields = index.Select(i => row.Fields[i].Trim()).ToArray();
            if (fields[1].Length == 0 || fields[4].Length == 0)
            {
                builder.Warn(
                    MlpsRequirementTable.RowLocation(row),
                    $"the '{(fields[1].Length == 0 ? "requirement" : adviceColumn)}' field is empty; the row was skipped.");
                continue;
            }

            rows.Add(new RemediationRow(
                MlpsRequirementTable.DataRow(row.Row),
                row.Line,
                fields[0],
                fields[1],
                fields[2],
                fields[3],
                fields[4]));
        }

        return rows;
    }

    private static IReadOnlyList<MlpsItem> RequirementItems(string path, OscalSourceBuilder builder)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        foreach (var candidate in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(candidate);
            if (MlpsRequirementTable.HasHeader(CsvTable.PeekHeader(text)))
            {
                return MlpsRequirementTable.Read(candidate, text).Items;
            }
        }

        builder.Warn(
            "",
            $"no requirement table (a .csv with the columns {string.Join(", ", MlpsRequirementTable.Columns)}) " +
            $"is in {folder}; no row can be attached.");
        return [];
    }

    private static Dictionary<string, string> RelationProperties(RemediationMatch match, string fileName)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["advice"] = match.Row.Advice,
            ["file"] = fileName,
            ["row"] = match.Row.Row.ToString(CultureInfo.InvariantCulture),
            ["rowId"] = match.Row.Id,
            ["requirement"] = match.Row.Requirement,
            ["match"] = match.Similarity >= 0.9999 ? "exact" : "similar",
            ["similarity"] = match.Similarity.ToString("F2", CultureInfo.InvariantCulture),
        };
        var named = NamedProducts.Where(p => match.Row.Advice.Contains(p, StringComparison.OrdinalIgnoreCase)).ToList();
        if (named.Count > 0)
        {
            properties["products"] = string.Join(", ", named);
        }

        return properties;
    }

    private static void AddSection(
        OscalSourceBuilder builder,
        RemediationRow row,
        string vendor,
        string? code,
        IReadOnlyList<string> subjects)
    {
        var title = code is null
            ? string.Create(CultureInfo.InvariantCulture, $"整改建议 row {row.Row}: {row.ControlPoint}")
            : string.Create(CultureInfo.InvariantCulture, $"整改建议 {code} {row.ControlPoint}");
        builder.Sections.Add(new ParsedSection(
            "remediation",
            title,
            [vendor, row.Layer, row.ControlPoint],
            $"{row.Requirement}\n{row.Advice}",
            builder.UniqueLocator(string.Create(CultureInfo.InvariantCulture, $"rows/{row.Row}")))
        {
            SubjectNodeIds = subjects,
        });
    }
}
